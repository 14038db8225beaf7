import { describe, expect, it } from 'vitest';
import { claimStatuses } from '../../lib/model/page-claim';
import { highlightCss, highlightName, statusStyles } from '../../components/status-style';

describe('statusStyles', () => {
  it('gives every status its own colour, underline style, icon and label', () => {
    const styles = claimStatuses.map((status) => statusStyles[status]);
    for (const key of ['colour', 'underlineStyle', 'icon', 'label'] as const) {
      expect(new Set(styles.map((style) => style[key])).size).toBe(claimStatuses.length);
    }
  });

  it('uses the Okabe–Ito colours the team agreed on', () => {
    expect(statusStyles.contradicted).toMatchObject({ colour: '#D55E00', underlineStyle: 'wavy' });
    expect(statusStyles.corroborated).toMatchObject({ colour: '#009E73', underlineStyle: 'solid' });
    expect(statusStyles.discussed).toMatchObject({ colour: '#0072B2', underlineStyle: 'dashed' });
    expect(statusStyles.unmatched).toMatchObject({ underlineStyle: 'dotted' });
  });
});

describe('highlightCss', () => {
  it('styles each status’s highlight by name with its colour and underline style', () => {
    const css = highlightCss();
    for (const status of claimStatuses) {
      const { colour, underlineStyle } = statusStyles[status];
      expect(css).toContain(`::highlight(${highlightName(status)}) {`);
      expect(css).toContain(`text-decoration: underline ${underlineStyle} ${colour};`);
    }
    expect(highlightName('contradicted')).toBe('crosscheck-contradicted');
  });
});
