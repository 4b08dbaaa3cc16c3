package org.huzhu.tenancy.api;

import java.util.List;

/**
 * Builds the notices a list row of the outbox stands for, when they are sent: implemented by the module that
 * queued the list with {@link Notices#enqueueList}, found by the list's kind. Runs in the tenant of the list,
 * in the sending transaction.
 */
public interface NoticeList {

    /** The kind of the lists this builds. */
    String kind();

    /** One notice per listed member still due one (a member left out gets none); references as for single notices. */
    List<Notice> notices(String reference, List<Long> memberIds);
}
