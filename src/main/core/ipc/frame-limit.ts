/**
 * The largest call the IPC table allows, in bytes of JSON: the web host's WebSocket takes no
 * frame larger than this (the biggest is a ticket reply with ten 10 MB attachments in base64).
 * Computed from the schemas rather than guessed, so a channel that allows more raises it.
 */
import type { z } from 'zod';
import { ipcTable } from '../../../shared/ipc';
import { regexBound } from './regex-bound';
import { shapeOf, type Shape } from './schema-shape';

/**
 * JSON.stringify writes a lone surrogate or a control character as `\uXXXX`: six bytes for
 * one UTF-16 unit, the most any unit can cost (a pair is 4 bytes of UTF-8 for two units).
 */
const WORST_BYTES_PER_UNIT = 6;
/** `-1.7976931348623157e+308` */
const NUMBER_BYTES = 24;

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/** An upper bound of the UTF-8 length of JSON.stringify(value) for any value `shape` accepts. */
export function maxJsonBytes(shape: Shape): number {
  switch (shape.kind) {
    case 'string': {
      // a string matches every pattern (formats bring theirs): the tightest of them bounds it;
      // a trimmed string may carry any amount of blanks around it, which no legal call sends
      let units = shape.max;
      let bytesPerUnit = WORST_BYTES_PER_UNIT;
      for (const pattern of shape.patterns) {
        const bound = regexBound(pattern);
        units = Math.min(units, bound.maxUnits);
        bytesPerUnit = Math.min(bytesPerUnit, bound.bytesPerUnit);
      }
      return 2 + units * bytesPerUnit;
    }
    case 'number':
      return NUMBER_BYTES;
    case 'boolean':
      return 5;
    case 'undefined':
      return 0;
    case 'null':
      return 4;
    case 'literal':
      return Math.max(0, ...shape.values.map(jsonBytes));
    case 'optional':
      // undefined is left out of an object, and written as null in an array
      return Math.max(4, maxJsonBytes(shape.inner));
    case 'nullable':
      return Math.max(4, maxJsonBytes(shape.inner));
    case 'array':
      return 2 + shape.max * (maxJsonBytes(shape.element) + 1);
    case 'tuple':
      return 2 + shape.items.reduce((sum, item) => sum + maxJsonBytes(item) + 1, 0);
    case 'object':
      // extra keys are refused (strict) or dropped: a legal call does not send them
      return (
        2 +
        Object.entries(shape.shape).reduce(
          (sum, [key, value]) => sum + jsonBytes(key) + 1 + maxJsonBytes(value) + 1,
          0,
        )
      );
    case 'union':
      return Math.max(0, ...shape.options.map(maxJsonBytes));
    case 'record':
    case 'unknown':
      return Infinity;
  }
}

/** The bridge's envelope around an input: {"id":<safe integer>,"channel":"…","input":…} */
function envelopeBytes(channel: string, input: number): number {
  return jsonBytes({ id: -Number.MAX_SAFE_INTEGER, channel }) + ',"input":'.length + input;
}

/** The largest frame each channel's input allows (Infinity: the schema sets no limit). */
export function frameLimits(
  table: Record<string, { input: z.ZodType }> = ipcTable,
): Map<string, number> {
  return new Map(
    Object.entries(table).map(([channel, { input }]) => [
      channel,
      envelopeBytes(channel, maxJsonBytes(shapeOf(input))),
    ]),
  );
}

let computed: number | undefined;

/**
 * The largest legal call frame of the table. A channel without a limit would make this
 * unbounded: it is left out here, and a unit test fails until its schema sets one.
 */
export function maxCallFrameBytes(): number {
  computed ??= Math.max(...[...frameLimits().values()].filter(Number.isFinite));
  return computed;
}
