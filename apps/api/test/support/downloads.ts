import request from 'supertest';

/**
 * Files with personal data come through single-use links (apps/api/src/downloads): these helpers
 * create the link with the signed-in agent, then follow it once, as the web app does.
 */
type Agent = request.SuperAgentTest | ReturnType<typeof request.agent>;

export async function downloadPersonalData(agent: Agent): Promise<request.Response> {
  const link = await agent.post('/api/me/export-link').send({}).expect(201);
  return agent.get(link.body.url).expect(200);
}

export async function downloadConsultationExport(
  agent: Agent,
  consultationId: string,
  format: 'csv' | 'xlsx' | 'json',
  options: { binary?: boolean } = {},
): Promise<request.Response> {
  const link = await agent.post(`/api/staff/consultations/${consultationId}/export-link`).send({ format }).expect(201);
  const get = agent.get(link.body.url);
  if (options.binary)
    get.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return get.expect(200);
}
