package org.huzhu.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huzhu.app.it.EnrolmentImportIT.count;
import static org.huzhu.app.it.EnrolmentImportIT.send;
import static org.huzhu.app.it.EnrolmentImportIT.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.5: a background job that cannot finish ends FAILED with a reason the user can act on, in both
 * languages, and never stays in a running state; an error text quoting a huge cell is cut to its column
 * instead of failing the write that stores it.
 */
class JobFailureIT {

    static final String CLERK = "beijing-agency-clerk";
    /** Far less than the retries of a job that keeps failing (10 + 20 + ... 50 s) would take. */
    static final Duration SETTLED = Duration.ofSeconds(90);
    static final Set<String> FINAL = Set.of("CHECKED", "SUBMITTED", "FAILED", "DONE");

    /** Polls until the job leaves its running states; fails when it is still running after {@link #SETTLED}. */
    static JsonNode settled(String user, String path) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLED.toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            job = Api.get(user, path).json();
            if (FINAL.contains(job.get("status").asText())) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(path + " still running after " + SETTLED + ": " + job);
    }

    private static String row(String name, int seed, int i, String plan) {
        return name + "," + EnrolmentList.person(seed, i, Gender.MALE) + ",1390" + String.format("%07d", seed * 100 + i)
                + ",," + plan + ",1\n";
    }

    @Test
    void a_plan_cell_too_long_for_its_error_message_is_a_bad_row_and_the_list_is_checked() throws Exception {
        long union = ClaimFixture.newUnion("作业失败测试工会甲", 2);
        String csv = "姓名,身份证号,手机号,会员卡号,保障计划,份数\n" + row("长计划", 71, 0, "x".repeat(900))
                + row("王伟", 71, 1, "accident-injury");
        long id = upload(CLERK, union, "2027-01-01", csv.getBytes(StandardCharsets.UTF_8)).get("id").asLong();

        JsonNode job = settled(CLERK, "/api/v1/enrolment-imports/" + id);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("CHECKED");
        assertThat(job.get("badRows").asInt()).isEqualTo(1);
        JsonNode errors = Api.get(CLERK, "/api/v1/enrolment-imports/" + id + "/errors").json();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("plan");
            assertThat(e.get("messageZh").asText().length()).isLessThanOrEqualTo(300);
        });
    }

    @Test
    void a_name_the_register_cannot_store_ends_the_submission_failed_with_a_reason_never_submitting() throws Exception {
        long union = ClaimFixture.newUnion("作业失败测试工会乙", 2);
        String csv = "姓名,身份证号,手机号,会员卡号,保障计划,份数\n" + row("名".repeat(500), 72, 0, "accident-injury")
                + row("李娜", 72, 1, "accident-injury");
        long id = upload(CLERK, union, "2027-01-01", csv.getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        JsonNode checked = settled(CLERK, "/api/v1/enrolment-imports/" + id);
        assertThat(checked.get("status").asText()).isEqualTo("CHECKED");
        if (checked.get("badRows").asInt() > 0) {
            // the check's own length rule caught the name: the row is reported, nothing is left to fail later
            assertThat(Api.get(CLERK, "/api/v1/enrolment-imports/" + id + "/errors").json())
                    .anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo("name"));
            return;
        }
        Api.Reply submitted = send(CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/submission",
                HttpRequest.BodyPublishers.noBody(), null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);

        JsonNode job = settled(CLERK, "/api/v1/enrolment-imports/" + id);

        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("FAILED");
        JsonNode failure = job.get("failure");
        assertThat(failure.get("code").asText()).isEqualTo("VALUE_REFUSED");
        assertThat(failure.get("zh").asText()).contains("name").contains("重新上传");
        assertThat(failure.get("en").asText()).contains("name").contains("upload it again");
        assertThat(failure.get("retryable").asBoolean()).isFalse();
        assertThat(send(CLERK, "POST", "/api/v1/enrolment-imports/" + id + "/retry",
                HttpRequest.BodyPublishers.noBody(), null).status()).as("a retry cannot mend the file").isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM enrolment WHERE import_id = " + id)).as("the chunk rolled back").isZero();
        assertThat(count("SELECT MAX(LENGTH(failure)) FROM enrolment_import")).isLessThanOrEqualTo(1000);
    }

    @Test
    void a_settlement_file_the_job_cannot_read_ends_failed_with_a_translated_reason() throws Exception {
        byte[] header = "结算单号,身份证号,姓名,医院,入院日期,出院日期,医疗总费用,基本医保支付,个人自付,结算日期\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = {'J', 'S', '-', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'}; // not UTF-8 after the header
        byte[] content = new byte[header.length + body.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(body, 0, content, header.length, body.length);
        Api.Reply started = send("beijing-admin", "POST", "/api/v1/settlement-imports?fileName=broken.csv",
                HttpRequest.BodyPublishers.ofByteArray(content), "text/csv");
        if (started.status() == 400) {
            return; // refused in the upload already: nothing runs
        }
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().get("id").asLong();

        JsonNode job = settled("beijing-admin", "/api/v1/settlement-imports/" + id);

        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("failure").get("code").asText()).isEqualTo("FILE_UNREADABLE");
        assertThat(job.get("failure").get("zh").asText()).contains("UTF-8").contains("重新上传");
        assertThat(job.get("failure").get("en").asText()).contains("upload it again");
    }
}
