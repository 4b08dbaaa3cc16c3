/** Reading configuration files (tenant-config) with errors that name the file, the field and the rule. */
package org.huzhu.kernel.config;
