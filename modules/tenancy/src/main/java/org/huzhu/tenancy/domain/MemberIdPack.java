package org.huzhu.tenancy.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The member ids of a list row, packed: each id as its difference to the one before (ids of one list are close,
 * so the differences are small), deflated. 2,000 ids take a few kilobytes instead of 2,000 rows.
 */
public final class MemberIdPack {

    private MemberIdPack() {
    }

    public static byte[] pack(List<Long> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            long previous = 0;
            for (long id : ids) {
                out.writeLong(id - previous);
                previous = id;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<Long> unpack(byte[] packed) {
        List<Long> ids = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
            long id = 0;
            while (true) {
                id += in.readLong();
                ids.add(id);
            }
        } catch (EOFException end) {
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("a list row's member ids cannot be read: " + e.getMessage(), e);
        }
    }
}
