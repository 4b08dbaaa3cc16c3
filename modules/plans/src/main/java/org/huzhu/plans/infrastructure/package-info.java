/** Plan files: tenant-config/&lt;tenant&gt;/plans/*.yaml read into plans, with every mistake named. */
package org.huzhu.plans.infrastructure;
