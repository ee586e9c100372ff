// The design tokens and the base look every split-ship element shares. Public tokens are
// `--split-ship-*` custom properties (documented on <split-ship>); elements read the private
// `--_*` ones, which fall back to the defaults, so a child works on its own too.
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: var(--split-ship-color-scheme, light dark);
    --_text: var(--split-ship-color-text, light-dark(#1d2330, #e7e9ee));
    --_muted: var(--split-ship-color-text-muted, light-dark(#535c6e, #a7afbd));
    --_surface: var(--split-ship-color-surface, light-dark(#ffffff, #171b22));
    --_sunken: var(--split-ship-color-surface-sunken, light-dark(#f5f6f8, #10131a));
    --_border: var(--split-ship-color-border, light-dark(#cfd5de, #3a414d));
    --_accent: var(--split-ship-color-accent, light-dark(#2f5d50, #7fc8b0));
    --_on-accent: var(--split-ship-color-on-accent, light-dark(#ffffff, #0c1f19));
    --_accent-soft: var(--split-ship-color-accent-soft, light-dark(#e7f0ed, #1d302a));
    --_danger: var(--split-ship-color-danger, light-dark(#b42318, #ff8a80));
    --_danger-soft: var(--split-ship-color-danger-soft, light-dark(#fdecea, #3a1d1b));
    --_success: var(--split-ship-color-success, light-dark(#1b6e45, #7ad3a3));
    --_focus: var(--split-ship-color-focus, light-dark(#2b62d9, #8fb4ff));
    --_radius: var(--split-ship-radius, 10px);
    --_gap: var(--split-ship-spacing, 1rem);
    --_control: var(--split-ship-control-size, 2.5rem);
    --_font: var(--split-ship-font-family, inherit);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: var(--_control);
    min-inline-size: var(--_control);
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border-radius: calc(var(--_radius) * 0.8);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_sunken);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    padding-inline: 0.5rem;
  }
  button.quiet:hover:not(:disabled) {
    background: var(--_accent-soft);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-block-size: var(--_control);
    inline-size: 100%;
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .message {
    margin: 0.25rem 0 0;
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .spin {
      animation: spin 0.9s linear infinite;
      transform-origin: center;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
