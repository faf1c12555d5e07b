/** Xếp hạng: provinces or agencies ranked on an indicator, with rank change, ties and units without figures. */
package vn.cchc.ui.rankings;
