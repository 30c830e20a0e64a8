/**
 * openapi-fuzzer-core reads Swagger 2 documents (body parameters, #/definitions); Nest writes
 * OpenAPI 3 (requestBody, #/components/schemas). This turns the one into the other, nothing more.
 */
interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  example?: unknown;
  format?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

export interface SwaggerSpec {
  name: string;
  request: {
    method: string;
    path: string;
    pathParams?: Record<string, unknown>;
    queryParams?: Record<string, unknown>;
    body?: unknown;
  };
}

function swagger2Schema(schema: Schema | undefined): Schema {
  if (!schema) return { type: 'object', properties: {} };
  if (schema.$ref) return { $ref: schema.$ref.replace('#/components/schemas/', '#/definitions/') };
  const [first] = schema.allOf ?? schema.oneOf ?? schema.anyOf ?? [];
  if (first) return swagger2Schema(first);
  const converted: Schema = { ...schema };
  if (schema.properties)
    converted.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, swagger2Schema(v)]),
    );
  if (schema.items) converted.items = swagger2Schema(schema.items);
  return converted;
}

export function toSwagger2(document: OpenApiDocument): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [route, operations] of Object.entries(document.paths)) {
    paths[route] = {};
    for (const [method, operation] of Object.entries(operations)) {
      const parameters: unknown[] = (operation.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        ...swagger2Schema(p.schema),
      }));
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (body) {
        const schema = swagger2Schema(body);
        parameters.push({
          name: 'body',
          in: 'body',
          schema: schema.$ref ? schema : { $ref: '#/definitions/__inline' },
        });
      }
      // The fuzzer only fuzzes operations that have parameters; give body-less writes an empty one.
      paths[route][method] = { parameters };
    }
  }
  const definitions = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [
      name,
      swagger2Schema(schema),
    ]),
  );
  definitions['__inline'] = { type: 'object', properties: {} };
  return { swagger: '2.0', basePath: '', paths, definitions };
}
