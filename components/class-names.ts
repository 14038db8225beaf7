/** Tailwind classes shared by the views' controls, kept whole so Tailwind's scanner finds them. */
export const fieldClass = 'rounded-sm border border-solid border-gray-300 bg-white p-1';
export const smallButtonClass =
  'rounded-sm border border-solid border-gray-300 px-2 py-0.5 text-xs text-gray-800 hover:bg-gray-100 disabled:opacity-50';
export const primaryButtonClass = 'self-start rounded-sm bg-gray-900 px-3 py-1 text-white disabled:opacity-50';
export const pressedClass = 'aria-pressed:border-gray-800 aria-pressed:bg-gray-800 aria-pressed:text-white';
export const statusTextClass = 'text-xs text-gray-800';
export const errorTextClass = 'text-xs text-red-800';
