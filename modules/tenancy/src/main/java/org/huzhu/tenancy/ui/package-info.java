/** The portal shell every module's views live in: layout, menu, language, translations. */
package org.huzhu.tenancy.ui;
