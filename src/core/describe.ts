/**
 * A short description of any value a caller may pass, for error messages. Unlike
 * JSON.stringify it never throws (a BigInt, a list that contains itself) and never misleads
 * (JSON.stringify(NaN) is "null").
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default: {
      if (value === null) return 'null';
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        text = undefined;
      }
      if (text !== undefined && text.length <= 60) return text;
      return Array.isArray(value) ? 'a list' : 'an object';
    }
  }
}
