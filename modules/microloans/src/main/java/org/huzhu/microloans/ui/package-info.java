/** The portal's microloan views: products and rates, and the pipeline board (applications, loans, subsidies). */
package org.huzhu.microloans.ui;
