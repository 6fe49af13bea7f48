import { request } from 'node:https';
import { startServer } from '../../addin/serve';

function get(url: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    request(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type'] ?? '') }));
    }).on('error', reject).end();
  });
}

jest.setTimeout(60_000);

test('npm start serves the built add-in over HTTPS', async () => {
  const server = await startServer(0);
  try {
    const page = await get(`https://localhost:${server.port}/taskpane.html`);
    expect([page.status, page.type]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.body).toMatch(/<div id="?app"?><\/div>/);
    const manifest = await get(`https://localhost:${server.port}/manifest.xml`);
    expect(manifest.body).toContain('https://localhost:3000/functions.json');
    expect((await get(`https://localhost:${server.port}/../package.json`)).status).toBe(404);
  } finally {
    await server.close();
  }
});
