import type { Dialect } from '../../model/dialect.js';
import { makeType, type SqlType } from '../../model/sql-type.js';
import { lastPart, num, str, type PyValue } from '../../python/reader.js';
import type { FieldClassIndex, FieldClassSource } from '../../python/field-classes.js';

type Call = Extract<PyValue, { t: 'call' }>;

export interface MappedField {
  type: SqlType;
  identity?: 'by default' | 'auto';
  /** PositiveIntegerField & co. on PostgreSQL / SQLite: `CHECK (col >= 0)`. */
  positiveCheck?: boolean;
}

/** Field classes whose empty value is '' (Django fills NOT NULL blank=True columns with it). */
export const EMPTY_STRING_FIELDS = new Set(['CharField', 'TextField', 'SlugField', 'EmailField', 'URLField', 'FileField', 'ImageField', 'FilePathField', 'GenericIPAddressField', 'IPAddressField', 'CICharField', 'CIEmailField', 'CITextField']);

export const RELATION_FIELDS = new Set(['ForeignKey', 'OneToOneField', 'ParentalKey', 'TreeForeignKey']);
export const M2M_FIELDS = new Set(['ManyToManyField', 'ParentalManyToManyField', 'TaggableManager']);
export const AUTO_FIELDS = new Set(['AutoField', 'BigAutoField', 'SmallAutoField']);

/** The column of a field: its db_column, or its name (`<name>_id` for a foreign key). */
export function fieldColumn(name: string, call: Call): string {
  return str(call.kwargs.get('db_column')) ?? (RELATION_FIELDS.has(lastPart(call.callee)) ? `${name}_id` : name);
}

/** The join table of a many-to-many field: its db_table, or `<model table>_<field>`. */
export function joinTableName(modelTable: string, field: string, call: Call): string {
  return str(call.kwargs.get('db_table')) ?? `${modelTable}_${field}`;
}

/**
 * The column type Django's schema editor writes for a field class (`data_types` of each backend).
 * Undefined for a class Migra does not know (a custom field): the caller reports it.
 */
export function djangoFieldType(cls: string, call: Call, dialect: Dialect): MappedField | undefined {
  const t = (name: string, args: number[] = [], array = 0) => makeType(dialect, name, args, { array });
  const maxLength = (dflt: number) => num(call.kwargs.get('max_length')) ?? dflt;
  const pg = dialect === 'postgresql';
  const lite = dialect === 'sqlite';
  const my = !pg && !lite;
  switch (lastPart(cls)) {
    case 'AutoField':
      return { type: t('integer'), identity: pg ? 'by default' : 'auto' };
    case 'BigAutoField':
      return { type: t(lite ? 'integer' : 'bigint'), identity: pg ? 'by default' : 'auto' };
    case 'SmallAutoField':
      return { type: t(lite ? 'integer' : 'smallint'), identity: pg ? 'by default' : 'auto' };
    case 'BinaryField':
      return { type: t(pg ? 'bytea' : my ? 'longblob' : 'blob') };
    case 'BooleanField':
    case 'NullBooleanField':
      return { type: t('boolean') };
    case 'CharField':
    case 'SlugField':
    case 'EmailField':
    case 'URLField':
    case 'FileField':
    case 'ImageField':
    case 'FilePathField':
    // django-timezone-field: a CharField of 63 characters.
    case 'TimeZoneField': {
      const dflt = { CharField: 255, SlugField: 50, EmailField: 254, URLField: 200, FileField: 100, ImageField: 100, FilePathField: 100, TimeZoneField: 63 }[lastPart(cls)] ?? 255;
      return { type: t('varchar', [maxLength(dflt)]) };
    }
    case 'CICharField':
    case 'CIEmailField':
    case 'CITextField':
      return { type: t(pg ? 'citext' : 'text') };
    case 'TextField':
      return { type: t(my ? 'longtext' : 'text') };
    case 'DateField':
      return { type: t('date') };
    case 'DateTimeField':
      return { type: t(pg ? 'timestamptz' : my ? 'datetime' : 'datetime', my ? [6] : []) };
    case 'TimeField':
      return { type: t('time', my ? [6] : []) };
    case 'DurationField':
      return { type: t(pg ? 'interval' : 'bigint') };
    case 'DecimalField': {
      const p = num(call.kwargs.get('max_digits'));
      const s = num(call.kwargs.get('decimal_places'));
      return { type: t('numeric', p !== undefined && s !== undefined ? [p, s] : []) };
    }
    case 'FloatField':
      return { type: t(lite ? 'real' : 'double precision') };
    case 'IntegerField':
      return { type: t('integer') };
    case 'BigIntegerField':
      return { type: t('bigint') };
    case 'SmallIntegerField':
      return { type: t('smallint') };
    case 'PositiveIntegerField':
    case 'PositiveBigIntegerField':
    case 'PositiveSmallIntegerField': {
      const base = { PositiveIntegerField: 'integer', PositiveBigIntegerField: 'bigint', PositiveSmallIntegerField: 'smallint' }[lastPart(cls)]!;
      if (my) return { type: { ...t(base), unsigned: true } };
      return { type: t(base), positiveCheck: true };
    }
    case 'GenericIPAddressField':
    case 'IPAddressField':
      return { type: pg ? t('inet') : t('char', [lastPart(cls) === 'IPAddressField' ? 15 : 39]) };
    case 'JSONField':
      return { type: t(pg ? 'jsonb' : my ? 'json' : 'text') };
    case 'UUIDField':
      return { type: pg ? t('uuid') : t('char', [32]) };
    case 'HStoreField':
      return { type: t('hstore') };
    case 'ArrayField': {
      const base = call.kwargs.get('base_field') ?? call.args[0];
      if (base?.t !== 'call') return undefined;
      const inner = djangoFieldType(base.callee, base, dialect);
      return inner && { type: { ...inner.type, array: inner.type.array + 1, raw: `${inner.type.raw}[]` } };
    }
    case 'DateRangeField':
      return { type: t('daterange') };
    case 'DateTimeRangeField':
      return { type: t('tstzrange') };
    case 'IntegerRangeField':
      return { type: t('int4range') };
    case 'BigIntegerRangeField':
      return { type: t('int8range') };
    case 'DecimalRangeField':
      return { type: t('numrange') };
    case 'SearchVectorField':
      return { type: t('tsvector') };
    default:
      return undefined;
  }
}

/** The type a foreign key to a primary key of this type gets (an auto field's plain integer type). */
export function relatedType(pk: SqlType, dialect: Dialect): SqlType {
  return makeType(dialect, pk.name, pk.args, { array: pk.array, unsigned: pk.unsigned });
}

/**
 * A field class the project defines, followed through its bases to what Django writes for it: the
 * literal its `db_type()` returns, or the Django field it extends (or names in
 * `get_internal_type()`). Undefined for Django's own classes and for a class that cannot be
 * resolved (a base outside the project's field modules, `models.Field` with a computed type).
 */
export function projectField(callee: string, index: FieldClassIndex, known: (cls: string) => boolean): { base?: string; dbType?: string } | undefined {
  if (/^(models|django)\./.test(callee)) return undefined;
  const seen = new Set<FieldClassSource>();
  const walk = (name: string): { base?: string; dbType?: string } | undefined => {
    const src = index[name];
    if (!src || seen.has(src) || seen.size > 10) return undefined;
    seen.add(src);
    if (src.dbType) return { dbType: src.dbType };
    if (src.internalType && known(src.internalType)) return { base: src.internalType };
    for (const b of src.bases) {
      const django = /^(models|django)\./.test(b) || !(b in index);
      if (django) {
        if (known(lastPart(b))) return { base: lastPart(b) };
        continue;
      }
      const up = walk(b);
      if (up) return up;
    }
    return undefined;
  };
  return walk(callee);
}
