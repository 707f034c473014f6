/**
 * The subset of JSON Schema (draft 2020-12) that showroom.schema.json uses and `checkSchema`
 * interprets, plus three keywords of ours: `format: "url"` (https: or relative), `errorMessage` (the
 * sentence shown when a pattern or format fails) and `uniqueBy` (a field that must differ between
 * the items of a list). `discriminator` follows OpenAPI: `oneOf` picks its branch by that property.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueBy?: string;
  enum?: (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: 'url';
  errorMessage?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  oneOf?: JsonSchema[];
  discriminator?: { propertyName: string };
}
