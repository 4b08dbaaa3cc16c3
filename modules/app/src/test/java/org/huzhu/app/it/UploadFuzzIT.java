package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.EnrolmentImportIT.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * Keep it closed (issue 12): many malformed files of every upload kind sent to the started server. For each:
 * never a 500; a file taken starts a job that ends (DONE, CHECKED or FAILED with its reason), never one left
 * running; a file refused writes nothing; and the server's heap after a full collection (JMX through Liberty's
 * local connector) comes back near where it was. Prints what was fuzzed per kind and the failures found. The
 * files are generated from a printed seed, so a failure can be replayed.
 */
class UploadFuzzIT {

    static final String ADMIN = "beijing-admin";
    static final String CLERK = "beijing-agency-clerk";
    static final String HEADER = "姓名,身份证号,手机号,会员卡号,保障计划,份数\n";
    static final String SETTLEMENT_HEADER = "结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** What the heap may keep after the fuzzing, once collected: caches warming up, not uploads held. */
    static final long HEAP_SLACK = 96L << 20;

    private final long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
    private final Random random = new Random(seed);
    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void malformed_files_of_every_kind_answer_no_500_leave_no_job_running_write_nothing_when_refused_and_no_memory()
            throws Exception {
        System.out.println("upload fuzz seed " + seed + " (-Dfuzz.seed=" + seed + " replays it)");
        long union = ClaimFixture.newUnion("模糊测试工会", 2);
        long heapBefore = heapAfterCollection();

        enrolmentLists(union, csvCases(), "text/csv");
        enrolmentLists(union, xlsxCases(), XLSX);
        settlementFiles(settlementCases());
        bankResults(bankCases());
        documents(documentCases());

        long heapAfter = heapAfterCollection();
        tally.forEach((kind, n) -> System.out.println("fuzzed " + kind + ": " + n[0] + " files, " + n[1] + " taken, "
                + n[2] + " refused"));
        System.out.println("heap after collection: " + (heapBefore >> 20) + " MB before, " + (heapAfter >> 20)
                + " MB after; failures found: " + failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
        assertThat(heapAfter - heapBefore).as("heap kept by the uploads").isLessThan(HEAP_SLACK);
    }

    // ------------------------------------------------------------------ sending and checking

    private void enrolmentLists(long union, Map<String, byte[]> cases, String type) throws Exception {
        String kind = XLSX.equals(type) ? "enrolment lists (xlsx)" : "enrolment lists (CSV)";
        String table = "SELECT COUNT(*) FROM enrolment_import WHERE union_id = " + union;
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            send(kind, c.getKey(), table, CLERK, "/api/v1/enrolment-imports?unionId=" + union
                    + "&termStart=2027-01-01&fileName=fuzz", c.getValue(), type,
                    id -> "/api/v1/enrolment-imports/" + id);
        }
    }

    private void settlementFiles(Map<String, byte[]> cases) throws Exception {
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            send("settlement files", c.getKey(), "SELECT COUNT(*) FROM settlement_import", ADMIN,
                    "/api/v1/settlement-imports?fileName=fuzz.csv", c.getValue(), "text/csv",
                    id -> "/api/v1/settlement-imports/" + id);
        }
    }

    private void bankResults(Map<String, byte[]> cases) throws Exception {
        long run = issuedRun();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            send("bank result files", c.getKey(), "SELECT COUNT(*) FROM payout_result_import WHERE run_id = " + run,
                    ADMIN, "/api/v1/payout-runs/" + run + "/bank-result", c.getValue(), "text/plain", null);
            String status = awaitResults(run);
            if (!"FILE_ISSUED".equals(status)) {
                failures.add("bank result " + c.getKey() + ": the run stayed " + status);
            }
        }
    }

    private void documents(Map<String, byte[]> cases) throws Exception {
        ClaimFixture fixture = new ClaimFixture(63, "inpatient-medical");
        long claim = ClaimsIT.inpatient(ADMIN, fixture.members.get(0), "1500.00", ClaimsIT.invoice()).get("id").asLong();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            send("claim documents", c.getKey(), "SELECT COUNT(*) FROM claim_document WHERE claim_id = " + claim, ADMIN,
                    "/api/v1/claims/" + claim + "/documents?type=other&fileName=fuzz", c.getValue(),
                    "application/octet-stream", null);
        }
    }

    /** Sends one file; checks the answer, the job it started, and that a refusal wrote nothing. */
    private void send(String kind, String name, String rows, String user, String path, byte[] content, String type,
                      Function<Long, String> job) throws Exception {
        int[] n = tally.computeIfAbsent(kind, k -> new int[3]);
        n[0]++;
        long before = count(rows);
        Api.Reply reply;
        try {
            reply = EnrolmentImportIT.send(user, "POST", path, HttpRequest.BodyPublishers.ofByteArray(content), type);
        } catch (UncheckedIOException e) {
            failures.add(kind + " " + name + ": the connection broke: " + e.getMessage());
            return;
        }
        if (reply.status() >= 500) {
            failures.add(kind + " " + name + ": " + reply.status() + " " + cut(reply.body()));
        } else if (reply.status() >= 400) {
            n[2]++;
            if (count(rows) != before) {
                failures.add(kind + " " + name + ": refused with " + reply.status() + " but wrote " + (count(rows) - before));
            }
            if (!reply.body().contains("detail")) {
                failures.add(kind + " " + name + ": refused with " + reply.status() + " and no reason: " + cut(reply.body()));
            }
        } else {
            n[1]++;
            if (job != null) {
                awaitEnd(kind + " " + name, user, job.apply(reply.json().get("id").asLong()));
            }
        }
    }

    /** A job taken must end: checked or done, or FAILED with a reason in both languages. */
    private void awaitEnd(String what, String user, String path) throws InterruptedException {
        try {
            JsonNode job = JobFailureIT.settled(user, path);
            if ("FAILED".equals(job.get("status").asText()) && (job.get("failure") == null
                    || job.get("failure").path("zh").asText().isEmpty() || job.get("failure").path("en").asText().isEmpty())) {
                failures.add(what + ": FAILED without a reason: " + cut(job.toString()));
            }
        } catch (AssertionError e) {
            failures.add(what + ": " + cut(e.getMessage()));
        }
    }

    /** Waits until no result file of the run is being applied; answers the run's status. */
    private static String awaitResults(long run) throws InterruptedException {
        long deadline = System.nanoTime() + JobFailureIT.SETTLED.toNanos();
        JsonNode detail = PayoutFixtures.run(ADMIN, run);
        while (System.nanoTime() < deadline) {
            detail = PayoutFixtures.run(ADMIN, run);
            boolean applying = false;
            for (JsonNode i : detail.get("resultImports")) {
                applying |= "RECEIVED".equals(i.get("status").asText());
            }
            if (!applying) { // the run and its imports are two reads: read the run again, after the import ended
                return PayoutFixtures.run(ADMIN, run).get("run").get("status").asText();
            }
            Thread.sleep(300);
        }
        return detail.get("run").get("status").asText() + " (a result file still applying)";
    }

    /** A run of three approved claims, approved by a second person and its bank file issued. */
    private static long issuedRun() throws Exception {
        PayoutFixtures.approvedClaims(3, LocalDate.now(), 3, i -> 10_000L + i);
        Api.Reply created = Api.post(ADMIN, "/api/v1/payout-runs", "");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        long run = created.json().get("id").asLong();
        PayoutFixtures.waitForStatus(run, "GATHERED");
        PayoutFixtures.mendMissingCards(run);
        assertThat(Api.post(PayoutFixtures.OFFICER, "/api/v1/payout-runs/" + run + "/approval", "").status()).isEqualTo(200);
        PayoutFixtures.bankFile(PayoutFixtures.OFFICER, run);
        return run;
    }

    /** The server's used heap after two full collections, through Liberty's local JMX connector. */
    private static long heapAfterCollection() throws IOException, InterruptedException {
        Path address = PayoutFixtures.WLP.resolve("usr/servers/huzhu/logs/state/com.ibm.ws.jmx.local.address");
        assertThat(address).as("Liberty's local JMX connector (localConnector-1.0)").exists();
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(address).strip()))) {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            memory.gc();
            Thread.sleep(500);
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    // ------------------------------------------------------------------ generated files

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String validList(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("模糊").append(i).append(',').append(EnrolmentList.person(90, i, org.huzhu.kernel.identity.Gender.MALE))
                    .append(",139").append(String.format("%08d", 9_000_000 + i)).append(",,accident-injury,1\n");
        }
        return csv.toString();
    }

    private byte[] truncated(byte[] whole) {
        return Arrays.copyOf(whole, 1 + random.nextInt(Math.max(1, whole.length - 1)));
    }

    private byte[] flipped(byte[] whole, int flips) {
        byte[] copy = whole.clone();
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    Map<String, byte[]> csvCases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        String list = validList(40);
        cases.put("empty", new byte[0]);
        cases.put("header only", utf8(HEADER));
        cases.put("byte-order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (int size : new int[] {1, 17, 1_000, 65_536, 1 << 20}) {
            cases.put("random " + size + " bytes", randomBytes(size));
        }
        for (int i = 0; i < 5; i++) {
            cases.put("truncated list " + i, truncated(utf8(list)));
            cases.put("flipped bytes " + i, flipped(utf8(list), 1 + random.nextInt(20)));
        }
        cases.put("UTF-16LE", list.getBytes(StandardCharsets.UTF_16LE));
        cases.put("UTF-16 with BOM", list.getBytes(StandardCharsets.UTF_16));
        cases.put("Big5", list.getBytes(Charset.forName("Big5")));
        cases.put("broken GBK", concat(list.getBytes(Charset.forName("GBK")), new byte[] {(byte) 0x81, 0x7F}));
        cases.put("5,000-character name", utf8(HEADER + "名".repeat(5_000) + ",11010519850304011X,,,accident-injury,1\n"));
        cases.put("900-character plan", utf8(HEADER + "王伟,11010519850304011X,,," + "p".repeat(900) + ",1\n"));
        cases.put("1 MB cell", utf8(HEADER + "王伟,\"" + "x".repeat(1 << 20) + "\",,,accident-injury,1\n"));
        cases.put("2 MB without a line break", utf8(HEADER.strip() + "," + "y".repeat(2 << 20)));
        cases.put("NUL and control bytes", utf8(HEADER + "王\u0000伟\u0007,11010519850304011X,\u001b[31m,,accident-injury,1\n"));
        cases.put("3,000 columns", utf8(HEADER.strip() + ",x".repeat(3_000) + "\n" + list.lines().skip(1).findFirst()
                .orElseThrow() + "\n"));
        cases.put("formula cells", utf8(HEADER + "=HYPERLINK(\"http://evil\";\"x\"),11010519850304011X,+1+1,@SUM(A1),"
                + "-2+3,=1\n"));
        cases.put("200,000 blank lines", utf8(HEADER + "\n".repeat(200_000) + "王伟,11010519850304011X,,,accident-injury,1\n"));
        cases.put("unbalanced quote", utf8(HEADER + "\"王伟,11010519850304011X,,,accident-injury,1\n" + list));
        cases.put("header without required columns", utf8("a,b,c\n1,2,3\n"));
        cases.put("xlsx bytes as CSV", utf8("PK\u0003\u0004") );
        return cases;
    }

    Map<String, byte[]> xlsxCases() throws IOException {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        byte[] base = templateBytes();
        cases.put("template, header only", base);
        for (int i = 0; i < 5; i++) {
            cases.put("truncated template " + i, truncated(base));
            cases.put("template with flipped bytes " + i, flipped(base, 1 + random.nextInt(8)));
        }
        for (int i = 0; i < 3; i++) {
            cases.put("zip header then random " + i, concat(new byte[] {'P', 'K', 3, 4}, randomBytes(500 + random.nextInt(50_000))));
        }
        cases.put("zip bomb: 400 MB of blanks in the sheet", bombed(base, 400 << 20));
        cases.put("8,400,000 distinct texts declared", withParts(base, Map.of("xl/sharedStrings.xml",
                utf8("<sst xmlns=\"" + NS + "\" count=\"8400000\" uniqueCount=\"8400000\"><si><t>姓名</t></si></sst>"))));
        cases.put("1,500,000 distinct texts", withParts(base, Map.of("xl/sharedStrings.xml", manyTexts(1_500_000),
                "xl/worksheets/sheet1.xml", sheet("<row r=\"1\">" + shared("A1", 0) + shared("B1", 1) + shared("C1", 2)
                        + "</row><row r=\"2\">" + shared("A2", 3) + inline("B2", "11010519850304011X")
                        + inline("C2", "accident-injury") + "</row>"))));
        cases.put("a shared text that does not exist", withParts(base, Map.of("xl/worksheets/sheet1.xml",
                sheet("<row r=\"1\">" + shared("A1", 99_999_999) + "</row>"))));
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 5_000; c++) {
            wide.append(inline(null, "x"));
        }
        cases.put("5,000 columns", withParts(base, Map.of("xl/worksheets/sheet1.xml", sheet(wide + "</row>"))));
        cases.put("300,000-character inline cell", withParts(base, Map.of("xl/worksheets/sheet1.xml",
                sheet("<row r=\"1\">" + inline("A1", "z".repeat(300_000)) + "</row>"))));
        cases.put("formula cells", withParts(base, Map.of("xl/worksheets/sheet1.xml", sheet("<row r=\"1\">"
                + inline("A1", "姓名") + inline("B1", "身份证号") + inline("C1", "保障计划") + "</row><row r=\"2\">"
                + "<c r=\"A2\" t=\"str\"><f>HYPERLINK(\"http://evil\",\"x\")</f><v>x</v></c>"
                + "<c r=\"B2\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"C2\" t=\"e\"><v>#REF!</v></c></row>"))));
        cases.put("entity expansion", withParts(base, Map.of("xl/worksheets/sheet1.xml", utf8("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>"))));
        cases.put("not XML in the sheet", withParts(base, Map.of("xl/worksheets/sheet1.xml", randomBytes(5_000))));
        cases.put("a zip of something else", zip(Map.of("word/document.xml", utf8("<w/>"), "[Content_Types].xml",
                utf8("<Types/>"))));
        return cases;
    }

    Map<String, byte[]> settlementCases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        StringBuilder valid = new StringBuilder(SETTLEMENT_HEADER);
        for (int i = 0; i < 30; i++) {
            valid.append("FZ-").append(seed % 100_000).append('-').append(i).append(",11010519850304011X,王伟,协和医院,")
                    .append("2026-03-01,2026-03-05,3000.00,2000.00,1000.00,2026-03-06\n");
        }
        cases.put("empty", new byte[0]);
        cases.put("header only", utf8(SETTLEMENT_HEADER));
        for (int size : new int[] {3, 500, 65_536, 1 << 20}) {
            cases.put("random " + size + " bytes", randomBytes(size));
        }
        for (int i = 0; i < 4; i++) {
            cases.put("truncated " + i, truncated(utf8(valid.toString())));
            cases.put("flipped bytes " + i, flipped(utf8(valid.toString()), 1 + random.nextInt(10)));
        }
        cases.put("not UTF-8 after the header", concat(utf8(SETTLEMENT_HEADER), new byte[] {'J', ',', (byte) 0xC3, 0x28, '\n'}));
        cases.put("UTF-16", valid.toString().getBytes(StandardCharsets.UTF_16));
        cases.put("3,000-character line", utf8(SETTLEMENT_HEADER + "z".repeat(3_000) + "\n"));
        cases.put("2 MB without a line break", utf8(SETTLEMENT_HEADER + "q".repeat(2 << 20)));
        cases.put("NUL bytes", utf8(SETTLEMENT_HEADER + "FZ\u0000-1,\u0000,,,,,,,,\n"));
        cases.put("formula cells", utf8(SETTLEMENT_HEADER + "=1+1,@SUM(A1),+cmd,-x,=HYPERLINK(\"x\"),,,,,\n"));
        cases.put("absurd amounts and dates", utf8(SETTLEMENT_HEADER + "FZ-X1,11010519850304011X,王伟,医院,1900-01-01,"
                + "1900-01-02,999999999999999.99,0,999999999999999.99,1900-01-03\n"));
        cases.put("1,000 columns", utf8(SETTLEMENT_HEADER + ",".repeat(1_000) + "\n"));
        cases.put("300,000 blank lines", utf8(SETTLEMENT_HEADER + "\n".repeat(300_000)));
        return cases;
    }

    Map<String, byte[]> bankCases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("empty", new byte[0]);
        cases.put("comments only", utf8("# bank result\n#\n"));
        for (int size : new int[] {5, 2_000, 100_000}) {
            cases.put("random " + size + " bytes", randomBytes(size));
        }
        cases.put("20,000 malformed lines", utf8("not|a|line\n".repeat(20_000)));
        cases.put("a 5,000-character line", utf8("HZ1-1|S|" + "9".repeat(5_000) + "|\n"));
        cases.put("2 MB without a line break", utf8("r".repeat(2 << 20)));
        cases.put("16 MB", new byte[16 << 20]);
        cases.put("NUL bytes", utf8("HZ\u00001|S|B\u0000|\n"));
        cases.put("UTF-16", "HZ1-1|S|B1|\n".getBytes(StandardCharsets.UTF_16));
        cases.put("unknown references", utf8("HZ999999-1|S|B1|\nHZ999999-2|F|B2|卡已销户\n"));
        cases.put("300,000 blank lines", utf8("\n".repeat(300_000)));
        cases.put("formula fields", utf8("=1+1|S|@x|+cmd\n"));
        return cases;
    }

    Map<String, byte[]> documentCases() throws IOException {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        byte[] pdf = ClaimsIT.pdf();
        cases.put("empty", new byte[0]);
        for (int size : new int[] {1, 300, 70_000}) {
            cases.put("random " + size + " bytes", randomBytes(size));
        }
        cases.put("PDF header then random", concat(utf8("%PDF-1.7\n"), randomBytes(4_000)));
        for (int i = 0; i < 3; i++) {
            cases.put("truncated PDF " + i, truncated(ClaimsIT.pdf()));
            cases.put("PDF with flipped bytes " + i, flipped(ClaimsIT.pdf(), 1 + random.nextInt(10)));
        }
        cases.put("one-line PDF", ClaimsIT.oneLinePdf());
        cases.put("JPEG header only", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        cases.put("JPEG header then random", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                randomBytes(3_000)));
        cases.put("PNG of 100,000 x 100,000 pixels declared", pngHeader(100_000, 100_000));
        cases.put("PNG of 2 x 2 pixels", ClaimsIT.png(2, 2));
        cases.put("11 MB", concat(pdf, new byte[11 << 20]));
        return cases;
    }

    // ------------------------------------------------------------------ xlsx parts

    /** The server's own Excel template, the base the workbook cases are made from. */
    private static byte[] templateBytes() throws IOException {
        try {
            java.net.http.HttpResponse<byte[]> template = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(java.net.URI.create(Platform.appUrl()
                            + "/api/v1/enrolment-imports/template?termStart=2027-01-01"))
                            .header("Authorization", "Bearer " + Api.token(CLERK)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(template.statusCode()).isEqualTo(200);
            return template.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static byte[] sheet(String rows) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
    }

    static String shared(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    static String inline(String ref, String text) {
        return "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A shared-strings part of {@code count} distinct texts, the first four a list's header and a name. */
    static byte[] manyTexts(int count) {
        StringBuilder sst = new StringBuilder(count * 24).append("<sst xmlns=\"").append(NS).append("\" count=\"")
                .append(count).append("\" uniqueCount=\"").append(count).append("\">");
        sst.append("<si><t>姓名</t></si><si><t>身份证号</t></si><si><t>保障计划</t></si><si><t>王伟</t></si>");
        for (int i = 4; i < count; i++) {
            sst.append("<si><t>t").append(i).append("</t></si>");
        }
        return utf8(sst.append("</sst>").toString());
    }

    /** The workbook with a sheet of {@code size} bytes, almost all blanks: a few hundred kilobytes deflated. */
    static byte[] bombed(byte[] xlsx, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(in.readAllBytes());
                    continue;
                }
                zip.write(utf8("<?xml version=\"1.0\"?><worksheet xmlns=\"" + NS + "\"><sheetData>"));
                for (int written = 0; written < size; written += blanks.length) {
                    zip.write(blanks);
                }
                zip.write(utf8("</sheetData></worksheet>"));
            }
        }
        return out.toByteArray();
    }

    /** A PNG signature and header (IHDR) only, declaring the size: what a decompression bomb starts with. */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(33);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(utf8("IHDR"))
                .putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt((int) crc.getValue());
        return png.array();
    }

    /** The workbook with some parts replaced. */
    static byte[] withParts(byte[] xlsx, Map<String, byte[]> parts) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.put(e.getName(), in.readAllBytes());
            }
        }
        all.putAll(parts);
        return zip(all);
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
