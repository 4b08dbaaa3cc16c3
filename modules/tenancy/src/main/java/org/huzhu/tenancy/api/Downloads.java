package org.huzhu.tenancy.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a file the API hands out: always an attachment (never shown inline, so an uploaded
 * "receipt" that is really HTML or script cannot run in the portal's origin), under a name a browser and a
 * file system can take. Names come from uploads: quotes, slashes and control characters must not reach the header.
 */
public final class Downloads {

    private Downloads() {
    }

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isBlank() ? "download" : ascii) + "\"; filename*=UTF-8''" + utf8;
    }
}
