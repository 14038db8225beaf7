import { UnderlineSample } from './status-badge';
import { statusOrder, statusStyles } from './status-style';

/** What each highlight on the page means: icon, name, underline style and colour, and a line of explanation. */
export function StatusLegend() {
  return (
    <dl aria-label="Highlight legend" className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1 text-xs">
      {statusOrder.map((status) => (
        <div key={status} className="contents" data-status={status}>
          <dt className="inline-flex items-baseline gap-1 font-semibold text-gray-900">
            <span aria-hidden="true" style={{ color: statusStyles[status].colour }}>
              {statusStyles[status].icon}
            </span>
            {statusStyles[status].label}
            <UnderlineSample status={status} />
          </dt>
          <dd className="text-gray-700">
            {statusStyles[status].description}{' '}
            <span className="sr-only">({statusStyles[status].underlineStyle} underline)</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
