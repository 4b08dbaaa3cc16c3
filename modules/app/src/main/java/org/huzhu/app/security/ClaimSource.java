package org.huzhu.app.security;

import java.util.List;

/** The claims of the login token, whichever mechanism (browser login or bearer token) brought them. */
interface ClaimSource {

    String string(String claim);

    List<String> strings(String claim);
}
