/**
 * A validator for Article derived from src/types.ts itself: the TypeScript checker reads the
 * declared types, so a field added to the contract is checked without editing this file.
 * On top of the types, two rules the contract states in prose: a `string | null` field is
 * never `''` (null is the missing value), and numbers are finite.
 */
import ts from 'typescript';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures';

export type Schema =
  | { kind: 'string' | 'number' | 'boolean' | 'null' | 'unknown' }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array'; item: Schema }
  | { kind: 'union'; options: Schema[] }
  | { kind: 'object'; name: string; props: Record<string, { schema: Schema; optional: boolean }> };

function toSchema(checker: ts.TypeChecker, type: ts.Type, depth = 0): Schema {
  if (depth > 20) return { kind: 'unknown' };
  const f = type.flags;
  if (f & ts.TypeFlags.StringLiteral) return { kind: 'literal', value: (type as ts.StringLiteralType).value };
  if (f & ts.TypeFlags.NumberLiteral) return { kind: 'literal', value: (type as ts.NumberLiteralType).value };
  if (f & ts.TypeFlags.BooleanLiteral) return { kind: 'literal', value: checker.typeToString(type) === 'true' };
  if (f & ts.TypeFlags.String) return { kind: 'string' };
  if (f & ts.TypeFlags.Number) return { kind: 'number' };
  if (f & ts.TypeFlags.Boolean) return { kind: 'boolean' };
  if (f & ts.TypeFlags.Null) return { kind: 'null' };
  if (type.isUnion()) {
    const options = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)).map((t) => toSchema(checker, t, depth + 1));
    return options.length === 1 ? (options[0] as Schema) : { kind: 'union', options };
  }
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { kind: 'array', item: item ? toSchema(checker, item, depth + 1) : { kind: 'unknown' } };
  }
  if (f & ts.TypeFlags.Object) {
    const props: Record<string, { schema: Schema; optional: boolean }> = {};
    for (const prop of checker.getPropertiesOfType(type)) {
      const propType = checker.getTypeOfSymbol(prop);
      props[prop.name] = { schema: toSchema(checker, propType, depth + 1), optional: (prop.flags & ts.SymbolFlags.Optional) !== 0 };
    }
    return { kind: 'object', name: checker.typeToString(type), props };
  }
  return { kind: 'unknown' };
}

let cached: Schema | null = null;

/** The schema of the exported `Article` interface of src/types.ts. */
export function articleSchema(): Schema {
  if (cached) return cached;
  const file = join(REPO_ROOT, 'src', 'types.ts');
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error('src/types.ts not found');
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const symbol = moduleSymbol ? checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Article') : undefined;
  if (!symbol) throw new Error('interface Article not found in src/types.ts');
  cached = toSchema(checker, checker.getDeclaredTypeOfSymbol(symbol));
  return cached;
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Every way `value` breaks `schema`, as "path: problem" lines; [] when it conforms. */
export function validate(value: unknown, schema: Schema, path = 'article'): string[] {
  switch (schema.kind) {
    case 'unknown':
      return [];
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: expected a string, got ${describeValue(value)}`];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a finite number, got ${describeValue(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, got ${describeValue(value)}`];
    case 'null':
      return value === null ? [] : [`${path}: expected null, got ${describeValue(value)}`];
    case 'literal':
      return value === schema.value ? [] : [`${path}: expected ${JSON.stringify(schema.value)}, got ${describeValue(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected an array, got ${describeValue(value)}`];
      return value.flatMap((item, i) => validate(item, schema.item, `${path}[${i}]`));
    case 'union': {
      const nullableString = schema.options.some((o) => o.kind === 'null') && schema.options.some((o) => o.kind === 'string');
      if (nullableString && value === '') return [`${path}: '' where the contract says null`];
      for (const option of schema.options) if (validate(value, option, path).length === 0) return [];
      return [`${path}: ${describeValue(value)} matches none of ${schema.options.map((o) => o.kind === 'literal' ? JSON.stringify(o.value) : o.kind).join(' | ')}`];
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected ${schema.name}, got ${describeValue(value)}`];
      const record = value as Record<string, unknown>;
      const errors: string[] = [];
      for (const key of Object.keys(record)) if (!(key in schema.props)) errors.push(`${path}.${key}: not a field of ${schema.name}`);
      for (const [key, { schema: propSchema, optional }] of Object.entries(schema.props)) {
        if (!(key in record)) {
          if (!optional) errors.push(`${path}.${key}: missing`);
          continue;
        }
        if (optional && record[key] === undefined) continue;
        errors.push(...validate(record[key], propSchema, `${path}.${key}`));
      }
      return errors;
    }
    default:
      return [];
  }
}
