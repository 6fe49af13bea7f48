/**
 * `npm start`: serves dist/excel over HTTPS on localhost:3000 with a self-signed certificate made
 * on the spot (nothing is installed into the system), and prints how to sideload the add-in.
 */
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import selfsigned from 'selfsigned';

const DIST = join(__dirname, '../dist/excel');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml' };

export async function startServer(port: number): Promise<{ port: number; close(): Promise<void> }> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/excel is missing: run "npm run build" first.');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    notAfterDate: new Date(Date.now() + 30 * 86_400_000), keySize: 2048, extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    readFile(join(DIST, path === '/' ? 'taskpane.html' : path)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
        res.end(body);
      },
      () => { res.writeHead(404); res.end('Không tìm thấy / not found'); },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', resolve);
  });
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : port, close: () => new Promise((r) => server.close(() => r())) };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  startServer(port).then(({ port: p }) => {
    console.log(`Add-in CCHC đang chạy tại https://localhost:${p}/taskpane.html (Ctrl+C để dừng)

Nạp thử vào Excel (sideload) / Sideload into Excel:
  • Excel trên web: Trang đầu → Bổ trợ → Thêm bổ trợ khác → Tải bổ trợ lên → chọn dist/excel/manifest.xml
    (Excel on the web: Home → Add-ins → More add-ins → Upload My Add-in → dist/excel/manifest.xml)
  • Excel trên Windows: đặt thư mục dist/excel vào một thư mục dùng chung (\\\\máy\\addins), thêm nó vào
    Tệp → Tùy chọn → Trung tâm Tin cậy → Danh mục Bổ trợ Tin cậy, khởi động lại Excel, rồi Bổ trợ → Thư mục dùng chung.
    Hoặc, nếu máy có Excel: npm run start:desktop
  • Trình duyệt sẽ cảnh báo chứng chỉ tự ký: mở https://localhost:${p}/taskpane.html một lần và chấp nhận.
    (The certificate is self-signed: open the page once and accept it.)`);
  }, (e: Error) => {
    console.error(`Không khởi động được máy chủ: ${e.message}`);
    process.exitCode = 1;
  });
}
