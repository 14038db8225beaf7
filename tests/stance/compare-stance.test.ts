import { describe, expect, it } from 'vitest';
import { compareStance } from '../../lib/stance';
import type { Reason } from '../../lib/model/stance';

const reasonOf = (reasons: Reason[], kind: Reason['kind']) => reasons.find((reason) => reason.kind === kind);

describe('compareStance on the disagreements fact-checkers meet', () => {
  it.each([
    ['a denial against an assertion of an airstrike', 'Jets of the alliance struck the ferry terminal overnight.',
      'The alliance did not carry out an airstrike on the terminal.', 'negation', 'struck', 'not carry out an airstrike on the terminal'],
    ['one killed against two killed', 'The mortar round killed one soldier at the gate.',
      'The mortar round killed two soldiers at the gate.', 'number', 'killed one soldier', 'killed two soldiers'],
    ['a civilian against a militia member', 'Border police shot dead a civilian near the crossing.',
      'The man shot dead by border police near the crossing was a militia member.', 'identity', 'civilian', 'militia member'],
    ['small-arms fire against an airstrike', 'Drones fired missiles at the convoy on the ridge road.',
      'The convoy on the ridge road came under small-arms fire from a hilltop.', 'event', 'Drones', 'small-arms fire'],
    ['an attack against self-defence', 'Navy sailors attacked the fishing boat off the cape.',
      'Navy sailors fired back in self-defence after the fishing boat rammed them off the cape.', 'event', 'attacked', 'fired back'],
    ['an airstrike against small-arms fire', 'An airstrike hit the checkpoint at dawn.',
      'The checkpoint came under small-arms fire at dawn.', 'event', 'airstrike', 'small-arms fire'],
    ['helicopters against ground troops', 'Helicopters attacked the village at night.',
      'Ground troops attacked the village at night.', 'event', 'Helicopters', 'Ground troops'],
    ['an assertion against "never"', 'Army guns shelled the hospital.', 'The army never shelled the hospital.',
      'negation', 'shelled', 'never shelled the hospital'],
    ['an assertion called false', 'Rebels stormed the port on Friday.', 'The claim that rebels stormed the port on Friday is false.',
      'negation', 'stormed', 'is false'],
    ['more than ten against six', 'The blast killed more than ten workers at the mill.', 'The blast at the mill killed six workers.',
      'number', 'more than ten workers', 'six workers'],
    ['up to five against eight', 'The blast killed up to five workers at the mill.', 'The blast at the mill killed eight workers.',
      'number', 'up to five workers', 'eight workers'],
    ['dozens against three', 'Dozens of protesters were detained in the square.', 'Police detained three protesters in the square.',
      'number', 'Dozens of protesters', 'three protesters'],
    ['a range against a count outside it', 'Between 10 and 12 people died in the fire at the depot.',
      'Twenty people died in the fire at the depot.', 'number', 'Between 10 and 12', 'Twenty people died'],
    ['a civilian against a soldier', 'The man shot dead at the gate was a civilian.', 'The man shot dead at the gate was a soldier.',
      'identity', 'was a civilian', 'was a soldier'],
    ['a civilian against a militant', 'Troops shot dead a civilian at the gate.', 'The man shot dead at the gate was a militant.',
      'identity', 'a civilian', 'was a militant'],
    ['a farmer against a fighter', 'Troops killed a farmer at the gate.', 'The man killed at the gate was a fighter.',
      'identity', 'killed a farmer', 'was a fighter'],
    ['a civilian against a member of an armed group', 'The raid killed a civilian.',
      'The man killed in the raid was a member of an armed group.', 'identity', 'killed a civilian', 'member of an armed group'],
    ['a shepherd against "not a civilian"', 'The soldiers shot dead a shepherd by the well.',
      'The man the soldiers shot dead by the well was not a civilian.', 'identity', 'a shepherd', 'not a civilian'],
  ])('contradicts: %s', (_name, claim, evidence, kind, claimWords, evidenceWords) => {
    const stance = compareStance(claim, evidence);
    expect(stance.relation).toBe('contradicts');
    const reason = reasonOf(stance.reasons, kind as Reason['kind']);
    expect(reason?.claimSide).toContain(claimWords);
    expect(reason?.evidenceSide).toContain(evidenceWords);
  });

  it('finds "at least one" and "two" killed compatible', () => {
    const stance = compareStance('The raid on the farm killed at least one herder.', 'Two herders were killed in the raid on the farm.');
    expect(stance.relation).toBe('agrees');
    expect(reasonOf(stance.reasons, 'number')?.note).toContain('compatible');
  });

  it.each([
    ['several against four', 'Several protesters were detained in the square.', 'Police detained four protesters in the square.'],
    ['a range against a count inside it', 'Three to five villagers were wounded by the shells.', 'The shells wounded four villagers.'],
  ])('agrees on compatible counts: %s', (_name, claim, evidence) => {
    const stance = compareStance(claim, evidence);
    expect(stance.relation).toBe('agrees');
    expect(reasonOf(stance.reasons, 'number')?.note).toContain('compatible');
  });

  it('compares counts only within one slot', () => {
    const stance = compareStance('The flood killed two villagers.', 'The flood left five villagers wounded.');
    expect(stance.relation).not.toBe('contradicts');
    expect(stance.reasons.some((reason) => reason.kind === 'number')).toBe(false);
  });

  it('does not set a count of one party against a count of another', () => {
    const stance = compareStance('No guards were hurt in the assault on the depot.', 'The assault on the depot wounded three raiders.');
    expect(stance.reasons.some((reason) => reason.kind === 'number' && reason.note.includes('cannot'))).toBe(false);
  });

  it('agrees when the same count of the same people is told another way', () => {
    const stance = compareStance('Police arrested twelve students outside the library.', 'Twelve students were arrested by police outside the library.');
    expect(stance.relation).toBe('agrees');
  });

  it('reads reported words as discussing, not asserting', () => {
    const stance = compareStance('Police arrested twelve students outside the library.',
      'The students union said police arrested twelve students outside the library.');
    expect(stance.relation).toBe('discusses');
    expect(reasonOf(stance.reasons, 'hedge')?.note).toContain('the words of The students union');
  });

  it('calls a different story unrelated', () => {
    const stance = compareStance('Police arrested twelve students outside the library.', 'The orchestra announced its winter programme of concerts.');
    expect(stance.relation).toBe('unrelated');
  });

  it('picks the relevant sentence out of a whole article', () => {
    const article = [
      'The port city was quiet on Thursday morning as shops reopened.',
      'Fishermen repaired their nets along the harbour wall.',
      'The coastguard did not conduct an airstrike on the smugglers, a spokesman wrote in a statement.',
      'Schools are expected to reopen next week.',
    ].join(' ');
    const stance = compareStance('Coastguard aircraft struck the smugglers boat.', article);
    expect(stance.relation).not.toBe('agrees');
    expect(stance.reasons.some((reason) => reason.evidenceSide.includes('airstrike'))).toBe(true);
  });

  it('gives every contradiction a reason that quotes both texts', () => {
    const pairs: Array<[string, string]> = [
      ['The mortar round killed one guard.', 'The mortar round killed two guards.'],
      ['The ministry confirmed the bridge was destroyed.', 'The bridge was not destroyed, engineers found.'],
    ];
    for (const [claim, evidence] of pairs) {
      const stance = compareStance(claim, evidence);
      if (stance.relation !== 'contradicts') continue;
      const checkable = stance.reasons.filter((reason) => reason.kind !== 'similarity');
      expect(checkable.length).toBeGreaterThan(0);
      expect(checkable.some((reason) => evidence.includes(reason.evidenceSide))).toBe(true);
    }
  });

  it('returns a score between 0 and 1 and unrelated for empty text', () => {
    const stance = compareStance('', 'Anything at all.');
    expect(stance).toMatchObject({ relation: 'unrelated' });
    expect(compareStance('A claim.', 'A claim.').score).toBeLessThanOrEqual(1);
  });
});

describe('compareStance keeps apart what does not clash', () => {
  it.each([
    ['a toll of one party against no losses of another', 'Two regime soldiers were killed in the strike.', 'No alliance troops were hurt or killed.'],
    ['the same shooting with more detail', 'Border guards opened fire, killing one farmer.', 'Border guards opened fire after farmers threw stones at the post.'],
    ['a toll of regime soldiers against none of the coalition', 'Coalition helicopters killed two soldiers at the checkpoint.',
      'No coalition troops were hurt or killed there.'],
    ['a denied act before the one asserted', 'The patrol did not stop at the bridge, but it fired warning shots.',
      'The patrol fired warning shots at the bridge.'],
    ['the same toll with a breakdown', 'The army shelled the village on Tuesday, killing four.', 'The army shelled the village on Tuesday, killing four people, two of them children.'],
  ])('%s', (_name, claim, evidence) => {
    expect(compareStance(claim, evidence).relation).not.toBe('contradicts');
  });

  it('sets two sources against each other when both texts are reported', () => {
    const stance = compareStance('The ministry said 14 people died in the floods.', 'At least 20 people died in the floods, rescuers said.');
    expect(stance.relation).toBe('contradicts');
    expect(reasonOf(stance.reasons, 'number')?.note).toContain('14 against 20 or more');
  });
});

describe('compareStance on short texts without facts to compare', () => {
  it.each([
    ['a paraphrase', 'The ferry was held at the harbour by customs officers.', 'Customs officers at the harbour held the ferry.', 'agrees'],
    ['a shared topic only', 'The ferry was held at the harbour by customs officers.', 'The ferry later sailed on towards the islands.', 'discusses'],
    ['a report called false', 'The depot was looted by soldiers.', 'The report that the depot was looted is false.', 'contradicts'],
  ])('%s', (_name, claim, evidence, relation) => {
    expect(compareStance(claim, evidence).relation).toBe(relation);
  });
});

describe('compareStance does not invent clashes', () => {
  it.each([
    ['not having seen it is no denial', 'Helicopters fired on the guard post.', 'A nurse said she had not seen them fire on the guard post herself.'],
    ['an exchange of fire is no attack against self-defence', 'The patrol returned fire in self-defence at the guard post.', 'There was an exchange of fire at the guard post.'],
    ['"a second" is no count of one', 'Two soldiers were killed at the guard post.', 'A second soldier died later at the guard post.'],
    ['a denied identity is for the identity rule', 'The dead man was a member of the river militia.', 'The dead man belonged to the river militia and was not a regular soldier.'],
  ])('%s', (_name, claim, evidence) => {
    expect(compareStance(claim, evidence).relation).not.toBe('contradicts');
  });
});

describe('compareStance on what a strike hit', () => {
  it('sets a strike on a depot against a strike on the market, though both tell of jets', () => {
    const stance = compareStance('Our jets struck an arms depot on the edge of town, the air force said.', 'Jets struck the crowded market at noon, traders said.');
    expect(stance.relation).toBe('contradicts');
    expect(stance.reasons.map((reason) => reason.note)).toContain('the claim says the attack hit a depot; the evidence says a market');
  });

  it('only shows two military targets that may be one site, as it does a depot and a base', () => {
    const stance = compareStance('Jets struck an arms depot at the northern base.', 'Jets struck the northern base overnight.');
    expect(stance.relation).not.toBe('contradicts');
    expect(stance.reasons.map((reason) => reason.note)).toContain('the claim says the attack hit a depot; the evidence says a military site');
  });

  it('lets the same target and weapon bear a claim out', () => {
    const stance = compareStance('Jets struck the market on Tuesday morning.', 'Warplanes bombed the crowded market on Tuesday.');
    expect(stance.relation).toBe('agrees');
    expect(stance.reasons.map((reason) => reason.note)).toContain('both say the market was hit');
  });
});

describe('compareStance on two short claims that share only one fact', () => {
  it('does not call two different stories agreement because both tell of a civilian among the dead', () => {
    const stance = compareStance('Two of the dead were attackers and one was a bystander', 'guards had fired on a queue of lorries at the ferry, and that nine civilians, among them two boys, were killed');
    expect(stance.relation).not.toBe('agrees');
  });

  it('lets two short claims agree in other words when they share a count and a victim', () => {
    expect(compareStance('Two civilians died.', 'Two bystanders were killed.').relation).toBe('agrees');
  });

  it('still lets a short claim that shares its words and its victim agree', () => {
    const stance = compareStance('Guards shot dead a shepherd near the ford.', 'A shepherd was shot dead by guards near the ford.');
    expect(stance.relation).toBe('agrees');
  });
});

describe('compareStance on a denial worded with "hit"', () => {
  it('sets "denied its aircraft had hit the market" against "jets struck the market"', () => {
    const stance = compareStance('denied that its aircraft had hit the market', 'Government jets had struck the crowded market at noon.');
    expect(stance.relation).toBe('contradicts');
    expect(stance.reasons[0].kind).toBe('negation');
  });
});

describe('compareStance on a denial of who the victims were', () => {
  it.each([
    ['rejected the victims were civilians'],
    ['denied that the two men killed were civilians'],
  ])('sets "%s" against "the victims were civilians"', (denial) => {
    const stance = compareStance('Activists said the victims were civilians.', denial);
    expect(stance.relation).toBe('contradicts');
    expect(stance.reasons[0]).toMatchObject({ kind: 'identity', note: 'the evidence denies the victim was a civilian' });
  });
});
