/** Claims: the claim and its life, the automatic checks, delegated authority, the audit record. No framework here but JPA mappings. */
package org.huzhu.claims.domain;
