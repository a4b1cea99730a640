// Tailwind plugin (app/globals.css: @plugin): the status colour classes, generated from
// lib/domain/status-display.ts so that a status's colour is written once. Short class names keep
// the prerendered pages small: each table row is sent twice, as HTML and as RSC payload.
//   .s-<STATUS>      a badge's text, background and border (with .badge for its shape)
//   .s-bar-<STATUS>  a native <progress>'s bar (with .pbar for its track)
// Base layer: always emitted (the names are built at run time, so Tailwind's scan cannot see them).
import { STATUS_DISPLAY } from "../../lib/domain/status-display";

type PluginApi = { addBase: (css: Record<string, Record<string, string>>) => void };

export default function statusColors({ addBase }: PluginApi) {
  const rules: Record<string, Record<string, string>> = {};
  for (const [status, d] of Object.entries(STATUS_DISPLAY)) {
    rules[`.s-${status}`] = { color: d.text, "background-color": d.background, "border-color": d.border };
    rules[`.s-bar-${status}::-webkit-progress-value`] = { "background-color": d.solid };
    rules[`.s-bar-${status}::-moz-progress-bar`] = { "background-color": d.solid };
  }
  addBase(rules);
}
