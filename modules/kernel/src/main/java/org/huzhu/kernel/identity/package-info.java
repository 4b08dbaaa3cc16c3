/**
 * Identity documents: the national ID (GB 11643) with its rules and masking, and organisations' unified
 * social credit code (GB 32100).
 */
package org.huzhu.kernel.identity;
