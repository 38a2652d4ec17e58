// Browser tests of the MotCua pages, as a person would use them: Debian's chromium driven by playwright-core.
// A fresh demo database (`motcua init --demo`, fast Argon2 for tests) in a temporary folder, `motcua serve` on
// a free loopback port, then the whole walk of one dossier from the desk to the citizen and the bad cases.
// Screenshots of each main page at 1366x768 and at 360 px wide go to artifacts/e2e/.
//
//   MOTCUA_BINARY=build/src/cli/motcua node --test tests/e2e/pages.test.mjs     (ctest runs it as e2e_pages)
//
// Missing chromium, node_modules (scripts/install-npm.sh) or the binary is a FAILURE, never a skip.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const binary = process.env.MOTCUA_BINARY || path.join(root, 'build', 'src', 'cli', 'motcua');
const chromiumPath = process.env.MOTCUA_CHROMIUM || '/usr/bin/chromium';
const artifacts = process.env.MOTCUA_ARTIFACTS || path.join(root, 'artifacts', 'e2e');
const PAGE_LIMIT = 100 * 1024;

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };
const PASSWORD = 'dong-tien-demo';
const APPLICANT = 'Nguyễn Văn Kiểm Thử';
const GOOD_ID = '001090012345';  // Hà Nội (001), a man born in 1990
const BAD_ID = '999090012345';   // province code 999 does not exist

let server;
let dataDir;
let baseUrl;
let browser;
let serverLog = '';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url + '/healthz');
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error('motcua serve exited early:\n' + serverLog);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('motcua serve did not answer within ' + deadlineMs + ' ms:\n' + serverLog);
}

// A small, real PDF (libmagic must recognise it as one).
function samplePdf(title) {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
    `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

before(async () => {
  // Fail loudly: a missing prerequisite must not turn into a green run.
  assert.ok(fs.existsSync(chromiumPath), `chromium is missing at ${chromiumPath}: apt-get install -y chromium`);
  assert.ok(fs.existsSync(path.join(here, 'node_modules', 'playwright-core')),
    'tests/e2e/node_modules is missing: run scripts/install-npm.sh');
  assert.ok(fs.existsSync(binary), `the motcua binary is missing at ${binary} (set MOTCUA_BINARY)`);
  fs.mkdirSync(artifacts, { recursive: true });

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const env = { ...process.env, MOTCUA_TEST_FAST_ARGON2: '1' };
  const init = spawnSync(binary, ['init', '--data', dataDir, '--demo'], { env, encoding: 'utf8' });
  assert.equal(init.status, 0, `motcua init --demo failed:\n${init.stdout}\n${init.stderr}`);

  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(binary, ['serve', '--data', dataDir, '--listen', `127.0.0.1:${port}`, '--threads', '4'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => { serverLog += chunk; });
  server.stderr.on('data', (chunk) => { serverLog += chunk; });
  await waitForServer(baseUrl, 20000);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', baseURL: baseUrl });
  const page = await context.newPage();
  return page;
}

// Opens `url`, checks the answer's status and weight, and returns the response.
async function open(page, url, expectedStatus = 200) {
  const response = await page.goto(url);
  assert.equal(response.status(), expectedStatus, `${url}: HTTP ${response.status()}`);
  const body = await response.body();
  assert.ok(body.length < PAGE_LIMIT, `${url} weighs ${body.length} bytes (limit ${PAGE_LIMIT})`);
  return response;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

async function signIn(page, username) {
  await open(page, '/dang-nhap');
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('form[action="/dang-nhap"] button[type=submit]');
  await page.waitForURL(/\/ho-so/);
}

async function signOut(page) {
  await page.click('form[action="/dang-xuat"] button');
  await page.waitForURL(/\/dang-nhap\?da-dang-xuat=1/);
}

// Opens the action's form on the dossier page, lets `fill` complete it, submits and checks it was done.
async function act(page, code, actionId, fill = async () => {}) {
  await open(page, `/ho-so/${code}`);
  const details = page.locator(`#tt-${actionId}`);
  await details.locator('summary').click();
  await fill(details.locator('form'));
  await details.locator('form button[type=submit]').click();
  await page.waitForURL(new RegExp(`xong=${actionId}`));
  assert.match(await page.textContent('.notice'), /Đã thực hiện/);
}

// Runs a command-line tool (poppler-utils, zbar-tools, unzip); a missing tool or a failure fails the test.
function tool(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 30000 });
  assert.ok(!run.error, `${command} could not run (${run.error}): install poppler-utils, zbar-tools and unzip`);
  assert.equal(run.status, 0, `${command} ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

// Downloads `href` with the page's cookies; checks the status and the content type; saves it to the artifacts.
async function download(page, href, contentType, fileName) {
  const response = await page.request.get(href);
  assert.equal(response.status(), 200, `${href}: HTTP ${response.status()}`);
  assert.equal(response.headers()['content-type'], contentType);
  assert.equal(response.headers()['cache-control'], 'no-store');
  const file = path.join(artifacts, fileName);
  fs.writeFileSync(file, await response.body());
  return { file, disposition: response.headers()['content-disposition'] };
}

async function publicStatus(code) {
  const page = await newPage(PHONE);
  await open(page, `/tra-cuu/${code}`);
  const text = await page.textContent('main');
  await page.context().close();
  return text;
}

test('a dossier from the desk to the citizen, and the bad cases', async (t) => {
  const desk = await newPage();
  let code;

  await t.test('the start page shows the demo accounts; a visit without sign-in is redirected', async () => {
    await open(desk, '/');
    const text = await desk.textContent('main');
    assert.match(text, /Tài khoản dùng thử/);
    assert.match(text, /letan/);
    assert.match(text, new RegExp(PASSWORD));
    await shot(desk, 'start-1366');
    const phone = await newPage(PHONE);
    await open(phone, '/');
    await shot(phone, 'start-360');
    await phone.context().close();

    const response = await desk.goto('/ho-so?ds=qua-han');
    assert.equal(response.status(), 200);
    assert.equal(new URL(desk.url()).pathname, '/dang-nhap');
    assert.equal(new URL(desk.url()).searchParams.get('tiep'), '/ho-so?ds=qua-han');
    await shot(desk, 'sign-in-1366');
  });

  await t.test('the desk officer signs in and sees the work lists', async () => {
    await signIn(desk, 'letan');
    await open(desk, '/ho-so');
    assert.match(await desk.textContent('.tabs'), /Quá hạn/);
    await shot(desk, 'work-list-1366');
    const phone = await newPage(PHONE);
    await signIn(phone, 'letan');
    await open(phone, '/ho-so?ds=tat-ca');
    await shot(phone, 'work-list-360');
    await phone.context().close();
  });

  await t.test('intake: a wrong ID number is refused in Vietnamese, then the dossier is received once', async () => {
    await open(desk, '/tiep-nhan');
    await desk.fill('#q', 'xac nhan tinh trang hon nhan');
    await desk.click('form[action="/tiep-nhan"] button');
    await desk.click('a[href="/tiep-nhan/1.004873"]');
    await desk.waitForURL(/\/tiep-nhan\/1\.004873$/);
    await desk.fill('#name', APPLICANT);
    await desk.fill('#id_number', BAD_ID);
    // Progressive enhancement: the script already says what is wrong as it is typed.
    assert.match(await desk.textContent('#id-check-message'), /Mã tỉnh 999/);
    await desk.fill('#address', 'Thôn Đông, xã Đồng Tiến');
    await desk.check('#c0\\.received');
    await desk.setInputFiles('#c0\\.scan', { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: samplePdf('to khai') });
    await shot(desk, 'intake-form-1366');
    const [refused] = await Promise.all([
      desk.waitForResponse((r) => r.url().endsWith('/xem-truoc')),
      desk.click('form.intake button[type=submit]'),
    ]);
    assert.equal(refused.status(), 400);
    await desk.waitForLoadState();
    assert.match(await desk.textContent('.error'), /Mã tỉnh 999 trong số định danh cá nhân không hợp lệ/);
    assert.equal(await desk.inputValue('#name'), APPLICANT);  // what was typed is kept
    assert.match(await desk.textContent('.attached'), /to-khai\.pdf/);  // and the scan too
    await shot(desk, 'intake-refused-1366');

    await desk.fill('#id_number', GOOD_ID);
    assert.match(await desk.textContent('#id-check-message'), /hợp lệ về hình thức/);
    await desk.click('form.intake button[type=submit]');
    await desk.waitForURL(/\/xem-truoc$/);
    const preview = await desk.textContent('main');
    assert.match(preview, /Hạn giải quyết/);
    assert.match(preview, /Hẹn trả kết quả/);
    assert.match(preview, /\d\d\/\d\d\/\d{4}/);
    await shot(desk, 'intake-preview-1366');

    // The confirmation sent twice (a double click that got through, a resubmission): one dossier.
    const fields = await desk.evaluate(() => {
      const form = document.querySelector('form.confirm');
      const out = {};
      for (const input of form.querySelectorAll('input[type=hidden]')) {
        if (input.name in out) out[input.name] = [].concat(out[input.name], input.value);
        else out[input.name] = input.value;
      }
      return { action: form.getAttribute('action'), fields: out };
    });
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields.fields)) {
      for (const one of [].concat(value)) body.append(name, one);
    }
    const post = () => desk.request.post(fields.action, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseUrl },
      data: body.toString(),
      maxRedirects: 0,
    });
    const [first, second] = await Promise.all([post(), post()]);
    assert.equal(first.status(), 303);
    assert.equal(second.status(), 303);
    assert.equal(first.headers().location, second.headers().location);
    assert.match(first.headers().location, /\/ho-so\/.+\/da-tiep-nhan$/);
    await open(desk, first.headers().location);
    code = (await desk.textContent('#ma-ho-so')).trim();
    assert.match(code, /^000\.00\.20\.H31-\d{6}-\d{4}$/);
    await shot(desk, 'intake-done-1366');
    assert.match(await desk.textContent('#in-mau-01'), /In giấy tiếp nhận \(Mẫu 01\)/);
    await open(desk, `/ho-so?ds=tat-ca&q=${encodeURIComponent('nguyen van kiem thu')}`);
    assert.equal(await desk.locator('table.list tbody tr a.code').count(), 1, 'exactly one dossier was created');
  });

  await t.test('the receipt (Mẫu 01) prints from the link; its QR code opens the public page without a session', async () => {
    await open(desk, `/ho-so/${code}/da-tiep-nhan`);
    const href = await desk.getAttribute('#in-mau-01', 'href');
    assert.equal(href, `/ho-so/${code}/mau-01.pdf`);
    const receipt = await download(desk, href, 'application/pdf', 'mau-01.pdf');
    assert.equal(receipt.disposition, `inline; filename="mau-01-${code}.pdf"`);
    const text = tool('pdftotext', ['-layout', receipt.file, '-']);
    assert.match(text, /GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ/);
    assert.ok(text.includes(`Mã hồ sơ: ${code}`), 'the receipt names the dossier code');
    assert.ok(text.includes(APPLICANT), 'the receipt names the applicant, diacritics included');
    assert.match(text, /UBND XÃ ĐỒNG TIẾN/);
    assert.match(text, /Thời gian trả kết quả giải quyết hồ sơ/);
    const png = path.join(artifacts, 'mau-01');
    tool('pdftoppm', ['-r', '200', '-png', '-singlefile', receipt.file, png]);
    const qr = tool('zbarimg', ['--raw', '-q', png + '.png']).trim();
    assert.equal(qr, `${baseUrl}/tra-cuu/${code}`);

    // The citizen scans it: a fresh browser, no session.
    const citizen = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    const phone = await citizen.newPage();
    const response = await phone.goto(qr);
    assert.equal(response.status(), 200);
    const lookup = await phone.textContent('main');
    assert.ok(lookup.includes(code), 'the lookup page shows the code');
    assert.match(lookup, /Được tiếp nhận/);
    assert.ok(!lookup.includes(APPLICANT), 'the lookup page shows nothing personal');
    await shot(phone, 'lookup-from-qr-360');
    await citizen.close();
  });

  await t.test('the ledger (Mẫu 06) lists the dossier and downloads as XLSX and PDF', async () => {
    await open(desk, '/ho-so');
    await desk.click('nav.nav a[href="/so-theo-doi"]');
    await desk.waitForURL(/\/so-theo-doi$/);
    assert.match(await desk.textContent('h1'), /Sổ theo dõi hồ sơ/);
    const row = desk.locator('table.ledger tbody tr', { hasText: code });
    assert.equal(await row.count(), 1, 'the dossier is in this month\'s ledger');
    assert.ok((await row.textContent()).includes(APPLICANT));
    await shot(desk, 'ledger-1366');

    const xlsx = await download(desk, await desk.getAttribute('#so-xlsx', 'href'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'so-theo-doi.xlsx');
    assert.match(xlsx.disposition, /^attachment; filename="so-theo-doi-\d{8}-\d{8}\.xlsx"$/);
    const cells = tool('unzip', ['-p', xlsx.file, 'xl/sharedStrings.xml']);
    assert.ok(cells.includes(code), 'the XLSX has the dossier code');
    assert.ok(cells.includes(APPLICANT), 'the XLSX has the applicant, diacritics included');
    const pdf = await download(desk, await desk.getAttribute('#so-pdf', 'href'), 'application/pdf', 'so-theo-doi.pdf');
    const text = tool('pdftotext', ['-layout', pdf.file, '-']);
    assert.match(text, /SỔ THEO DÕI HỒ SƠ/);
    assert.ok(text.includes(code), 'the ledger PDF has the dossier code');

    // A range too long is refused in Vietnamese, with the form kept.
    await open(desk, '/so-theo-doi?tu=01/01/2024&den=01/01/2025', 400);
    assert.match(await desk.textContent('.error'), /tối đa 366 ngày/);
    assert.equal(await desk.inputValue('#tu'), '01/01/2024');
  });

  await t.test('the desk hands the dossier to the specialist', async () => {
    await act(desk, code, 'assign', async (form) => {
      await form.locator('select[name=to]').selectOption('chuyenvien.ht');
    });
    await shot(desk, 'dossier-1366');
    assert.match(await desk.textContent('main'), /to-khai\.pdf/);
    // "In phiếu" lists exactly the forms that apply now: the receipt and the control slip.
    const prints = await desk.locator('.print-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(prints, [`/ho-so/${code}/mau-01.pdf`, `/ho-so/${code}/mau-05.pdf`]);
    const slip = await download(desk, prints[1], 'application/pdf', 'mau-05.pdf');
    assert.match(tool('pdftotext', ['-layout', slip.file, '-']), /PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ/);
    const phone = await newPage(PHONE);
    await signIn(phone, 'letan');
    await open(phone, `/ho-so/${code}`);
    await shot(phone, 'dossier-360');
    await phone.context().close();
  });

  await t.test('the citizen follows it on the public page, which shows nothing personal', async () => {
    const phone = await newPage(PHONE);
    await open(phone, '/tra-cuu');
    await phone.fill('#ma', code.toLowerCase());
    await phone.click('form[action="/tra-cuu"] button');
    await phone.waitForURL(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
    const text = await phone.textContent('main');
    assert.match(text, /Đang xử lý/);
    assert.match(text, /Chuyển xử lý/);
    for (const secret of [APPLICANT, GOOD_ID, 'Thôn Đông', 'letan', 'chuyenvien', 'Trần Văn Minh']) {
      assert.ok(!text.includes(secret), `the public page shows "${secret}"`);
    }
    await shot(phone, 'lookup-360');
    await phone.context().close();
    await desk.context().close();
  });

  await t.test('the specialist may not approve (403), asks for a supplement, which the desk receives', async () => {
    const specialist = await newPage();
    await signIn(specialist, 'chuyenvien.ht');
    await open(specialist, '/ho-so?ds=cua-toi');
    assert.match(await specialist.textContent('table.list'), new RegExp(code.replace(/\./g, '\\.')));
    await open(specialist, `/ho-so/${code}`);
    assert.equal(await specialist.locator('#tt-approve').count(), 0, 'approve is not offered to a specialist');
    // Sent anyway, with the page's valid tokens: the "no permission" page.
    const [refused] = await Promise.all([
      specialist.waitForResponse((r) => r.url().endsWith('/thao-tac/approve')),
      specialist.evaluate((target) => {
        const source = document.querySelector('#tt-request_supplement form');
        const form = document.createElement('form');
        form.method = 'post';
        form.action = target;
        for (const name of ['csrf', 'once', 'seq']) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = source.querySelector(`input[name=${name}]`).value;
          form.appendChild(input);
        }
        document.body.appendChild(form);
        form.submit();
      }, `/ho-so/${code}/thao-tac/approve`),
    ]);
    assert.equal(refused.status(), 403);
    await specialist.waitForLoadState();
    assert.match(await specialist.textContent('h1'), /Không có quyền/);
    await shot(specialist, 'forbidden-1366');

    await act(specialist, code, 'request_supplement', async (form) => {
      await form.locator('textarea[name=items]').fill('Bản sao giấy tờ chứng minh đã ly hôn');
    });
    // The request just made is offered for printing (Mẫu 02).
    const supplementHref = await specialist.getAttribute('.notice a', 'href');
    assert.equal(supplementHref, `/ho-so/${code}/mau-02.pdf`);
    const supplement = await download(specialist, supplementHref, 'application/pdf', 'mau-02.pdf');
    assert.match(tool('pdftotext', ['-layout', supplement.file, '-']), /Bản sao giấy tờ chứng minh đã ly hôn/);
    assert.match(await publicStatus(code), /Yêu cầu bổ sung giấy tờ/);
    await specialist.context().close();

    const desk2 = await newPage();
    await signIn(desk2, 'letan');
    await open(desk2, '/ho-so?ds=cho-nguoi-nop');
    assert.match(await desk2.textContent('table.list'), new RegExp(code.replace(/\./g, '\\.')));
    await act(desk2, code, 'receive_supplement');
    await desk2.context().close();
  });

  await t.test('the leader approves and signs; the clerk numbers and hands the result to the desk', async () => {
    const leader = await newPage();
    await signIn(leader, 'lanhdao');
    await open(leader, '/ho-so/theo-linh-vuc');
    await shot(leader, 'by-field-1366');
    await act(leader, code, 'approve');
    await act(leader, code, 'sign');
    await leader.context().close();

    const clerk = await newPage();
    await signIn(clerk, 'vanthu');
    await act(clerk, code, 'number', async (form) => {
      await form.locator('input[name=document]').fill('15/GXNTTHN');
    });
    await act(clerk, code, 'result_ready', async (form) => {
      await form.locator('input[name=result_file]').setInputFiles(
        { name: 'giay-xac-nhan.pdf', mimeType: 'application/pdf', buffer: samplePdf('ket qua') });
    });
    assert.match(await clerk.textContent('main'), /giay-xac-nhan\.pdf/);
    await clerk.context().close();
  });

  await t.test('the desk returns the result and the citizen sees it returned', async () => {
    const desk3 = await newPage();
    await signIn(desk3, 'letan');
    await open(desk3, '/ho-so?ds=cho-tra');
    await act(desk3, code, 'return_result');
    assert.match(await desk3.textContent('main'), /Đã trả kết quả/);
    await shot(desk3, 'dossier-returned-1366');
    await desk3.context().close();
    const text = await publicStatus(code);
    assert.match(text, /Đã trả kết quả/);
    assert.ok(!text.includes(APPLICANT));
  });

  await t.test('the public catalogue and the PAKN form', async () => {
    const phone = await newPage(PHONE);
    await open(phone, '/thu-tuc?q=khai+sinh');
    await shot(phone, 'catalogue-360');
    await open(phone, '/thu-tuc/1.004873');
    await shot(phone, 'procedure-360');
    await open(phone, '/phan-anh');
    await phone.fill('#citizen_name', 'Phạm Thị Lan');
    await phone.fill('#content', 'Đề nghị niêm yết thêm mẫu tờ khai tại bộ phận một cửa.');
    await phone.click('form[action="/phan-anh"] button');
    await phone.waitForLoadState();
    const sent = await phone.textContent('main');
    const match = sent.match(/000\.00\.20\.H31-PA-\d{6}-\d{4}/);
    assert.ok(match, 'a tracking code is shown');
    await shot(phone, 'feedback-sent-360');
    await open(phone, `/phan-anh/${match[0]}`);
    assert.ok(!(await phone.textContent('main')).includes('Phạm Thị Lan'));
    await phone.context().close();
  });

  await t.test('the leader opens Báo cáo, follows a figure to its dossiers; charts are inline SVG', async () => {
    const leader = await newPage(DESKTOP);
    await signIn(leader, 'lanhdao');
    await leader.click('nav.nav a[href="/bao-cao"]');
    await leader.waitForURL(/\/bao-cao$/);
    assert.match(await leader.textContent('h1'), /Báo cáo/);
    // This quarter by default: the dossier received above is among the figures.
    const received = leader.locator('.figure[data-id="dossiers.received"] dd a');
    const shown = Number((await received.textContent()).replace(/\./g, ''));
    assert.ok(shown >= 1, `received this quarter: ${shown}`);
    assert.equal(await leader.locator('svg[role="img"] > title').count(), 2, 'two charts, each with a title');
    assert.equal(await leader.locator('details.chart-table table').count(), 2);
    await shot(leader, 'dashboard-1366');
    await received.click();
    await leader.waitForURL(/\/bao-cao\/chi-tieu\?id=dossiers\.received/);
    const codes = await leader.locator('ol.codes li a').allTextContents();
    assert.equal(codes.length, Math.min(shown, 200), 'the list has the figure\'s dossiers');
    assert.ok(codes.includes(code), 'the dossier received in this walk is listed');
    await shot(leader, 'dashboard-codes-1366');
    await leader.context().close();

    const phone = await newPage(PHONE);
    await signIn(phone, 'lanhdao');
    await open(phone, '/bao-cao');
    await shot(phone, 'dashboard-360');
    await open(phone, '/bao-cao?tu=01/01/2024&den=01/01/2025', 400);
    assert.match(await phone.textContent('.error'), /tối đa 366 ngày/);
    await phone.context().close();
    // The specialist has no dashboard.
    const specialist = await newPage(DESKTOP);
    await signIn(specialist, 'chuyenvien.ht');
    await open(specialist, '/bao-cao', 403);
    await specialist.context().close();
  });
});
