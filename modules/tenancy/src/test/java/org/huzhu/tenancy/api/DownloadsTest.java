package org.huzhu.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void an_uploaded_name_becomes_a_safe_attachment_name() {
        assertThat(Downloads.attachment("invoice.pdf"))
                .isEqualTo("attachment; filename=\"invoice.pdf\"; filename*=UTF-8''invoice.pdf");
        assertThat(Downloads.attachment("..\\../收据 \"1\";\r\nX-Evil: 1.html"))
                .startsWith("attachment; filename=\"")
                .doesNotContain("\r").doesNotContain("\n").doesNotContain("/").doesNotContain("\\")
                .contains("filename*=UTF-8''%E6%94%B6%E6%8D%AE%20%221%22%3B%0D%0AX-Evil%3A%201.html");
        assertThat(Downloads.attachment("  ")).isEqualTo("attachment; filename=\"download\"; filename*=UTF-8''download");
    }
}
