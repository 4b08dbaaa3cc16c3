/** Identity documents: the national ID (GB 11643) with its rules and masking. */
package org.huzhu.kernel.identity;
