/**
 * The org tree (city office, agency offices, grassroots unions) and the member registry, as other modules
 * and the edges see them: read records and the services that give them out.
 */
package org.huzhu.org.api;
