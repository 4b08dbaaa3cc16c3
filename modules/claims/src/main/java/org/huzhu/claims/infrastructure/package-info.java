/** Adapters of the claims module to file formats: looking into uploaded documents (PDFBox, ImageIO). */
package org.huzhu.claims.infrastructure;
