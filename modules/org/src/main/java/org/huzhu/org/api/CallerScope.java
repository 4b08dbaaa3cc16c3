package org.huzhu.org.api;

/**
 * The part of the org tree the caller may see, for modules that keep their own rows by org path (claims):
 * the whole tenant for office staff, the clerk's unit and everything under it for clerks.
 */
public interface CallerScope {

    boolean wholeTenant();

    /** A LIKE pattern matching every org path within the caller's subtree. */
    String likePattern();

    boolean covers(String orgPath);
}
