/** Personal data protection: encryption at rest, keyed lookup hashes, masking for display. */
package org.huzhu.kernel.pii;
