/** What other modules and the edges use of plans: the tenant's catalogue, quotes, and checked plan files. */
package org.huzhu.plans.api;
