/** Exact money: amounts in fen, explicit rounding, no floating point anywhere. */
package org.huzhu.kernel.money;
