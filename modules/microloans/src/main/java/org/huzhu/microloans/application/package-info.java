/** Transactional use cases of microloans: products and rates, the application pipeline, loans and repayments, subsidies. */
package org.huzhu.microloans.application;
