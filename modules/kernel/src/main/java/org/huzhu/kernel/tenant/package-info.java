/** Tenant identity shared by every module. */
package org.huzhu.kernel.tenant;
