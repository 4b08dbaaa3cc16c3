package org.huzhu.tenancy.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded file into memory no further than its limit: reading the whole body first and checking its
 * size after let one request hold gigabytes of heap before it was refused.
 */
public final class UploadBodies {

    private UploadBodies() {
    }

    /**
     * The body's bytes, closing the stream.
     *
     * @throws IllegalArgumentException "file: ..." naming the limit when the body holds more than {@code maxBytes}
     */
    public static byte[] readAtMost(InputStream body, int maxBytes) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new IllegalArgumentException("file: at most " + (maxBytes >> 20) + " MB; split the file");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload was cut off", e);
        }
    }
}
