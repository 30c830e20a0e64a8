declare module 'openapi-fuzzer-core' {
  const fuzzer: { swagger(document: unknown): unknown[] };
  export default fuzzer;
}
