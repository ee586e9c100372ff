import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .root {
      display: grid;
      gap: var(--_gap);
      /* Legible whatever the page: transparent on a light page, its own ground when dark. */
      background: var(--split-ship-color-background, light-dark(transparent, #12151b));
      padding: var(--split-ship-frame-padding, 0);
      border-radius: var(--_radius);
    }
    h2,
    h3 {
      margin: 0;
      font-size: 1.05rem;
    }
    p {
      margin: 0;
    }
    .mode {
      border: 0;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    .mode legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    .mode .choices {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0.5rem;
    }
    .mode label {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      padding: 0.75rem 0.9rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
      font-weight: 500;
    }
    .mode label:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_accent-soft);
      box-shadow: 0 0 0 1px var(--_accent);
    }
    .mode label:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .mode input:focus-visible {
      outline: none;
    }
    .overview {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem var(--_gap);
      background: var(--_sunken);
      display: grid;
      gap: 0.5rem;
    }
    .overview ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.3rem;
    }
    .overview li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem 1rem;
    }
    .overview .name {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .overview .count {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .overview .count.none {
      color: var(--_success);
    }
    .destinations {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_gap);
    }
    .add {
      justify-self: start;
      border-style: dashed;
    }
    .notice {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_gap);
      display: grid;
      gap: 0.75rem;
      justify-items: start;
      background: var(--_surface);
    }
    .notice.error {
      border-color: var(--_danger);
      background: var(--_danger-soft);
    }
    .banner {
      border-radius: var(--_radius);
      padding: 0.6rem 0.9rem;
      background: var(--_danger-soft);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .banner.waiting {
      background: var(--_sunken);
    }
    .digital {
      margin: 0;
      padding-inline-start: 1.2rem;
      color: var(--_muted);
    }
    .skeleton {
      display: grid;
      gap: 0.75rem;
    }
    .skeleton span {
      display: block;
      block-size: 1.1rem;
      border-radius: 6px;
      background: var(--_sunken);
    }
    .skeleton span.tall {
      block-size: 7rem;
    }
    .skeleton span.short {
      inline-size: 40%;
    }
    @media (prefers-reduced-motion: no-preference) {
      .skeleton span {
        background: linear-gradient(90deg, var(--_sunken), var(--_border), var(--_sunken)) 0 0 / 200% 100%;
        animation: shimmer 1.4s ease-in-out infinite;
      }
    }
    @keyframes shimmer {
      to {
        background-position: -200% 0;
      }
    }
    dialog {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      padding: calc(var(--_gap) * 1.25);
      max-inline-size: min(28rem, calc(100vw - 2rem));
      display: grid;
      gap: 0.9rem;
    }
    dialog:not([open]) {
      display: none;
    }
    dialog::backdrop {
      background: rgb(10 14 20 / 55%);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
];
