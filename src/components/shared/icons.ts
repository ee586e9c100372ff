// Small inline icons; always decorative (the text beside them says the same).
import { svg, type SVGTemplateResult } from 'lit';

const icon = (path: SVGTemplateResult, className = '') =>
  svg`<svg class=${className} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${path}</svg>`;

export const checkIcon = () => icon(svg`<path fill="currentColor" d="M6.4 11.6 2.8 8l1.1-1.1 2.5 2.5 5.7-5.7 1.1 1.1z"/>`);
export const alertIcon = () => icon(svg`<path fill="currentColor" d="M8 1.5 15 14H1zm-.8 4.5v4h1.6V6zm0 5v1.6h1.6V11z"/>`);
export const spinnerIcon = () =>
  icon(svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M8 2a6 6 0 1 1-6 6"/>`, 'spin');
