#pragma once

// The entry point of the module tenderpanel-xlsx and what it gives: the functions of libxlsxwriter
// that ScoreWorkbook calls, taken from the library the module links. See XlsxModule.h.
#include <xlsxwriter.h>

#define TP_XLSX_ENTRY "tp_xlsx_functions"

struct TpXlsxFunctions
{
    decltype(&::workbook_new_opt) workbook_new_opt;
    decltype(&::workbook_set_properties) workbook_set_properties;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet;
    decltype(&::workbook_add_format) workbook_add_format;
    decltype(&::workbook_close) workbook_close;
    decltype(&::worksheet_write_string) worksheet_write_string;
    decltype(&::worksheet_write_number) worksheet_write_number;
    decltype(&::worksheet_write_blank) worksheet_write_blank;
    decltype(&::worksheet_set_column) worksheet_set_column;
    decltype(&::worksheet_set_row) worksheet_set_row;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
    decltype(&::worksheet_set_landscape) worksheet_set_landscape;
    decltype(&::worksheet_set_paper) worksheet_set_paper;
    decltype(&::worksheet_fit_to_pages) worksheet_fit_to_pages;
    decltype(&::worksheet_center_horizontally) worksheet_center_horizontally;
    decltype(&::worksheet_repeat_rows) worksheet_repeat_rows;
    decltype(&::worksheet_set_footer) worksheet_set_footer;
    decltype(&::format_set_bold) format_set_bold;
    decltype(&::format_set_italic) format_set_italic;
    decltype(&::format_set_font_size) format_set_font_size;
    decltype(&::format_set_font_strikeout) format_set_font_strikeout;
    decltype(&::format_set_text_wrap) format_set_text_wrap;
    decltype(&::format_set_align) format_set_align;
    decltype(&::format_set_bg_color) format_set_bg_color;
    decltype(&::format_set_num_format) format_set_num_format;
    decltype(&::format_set_border) format_set_border;
    decltype(&::lxw_strerror) lxw_strerror;
};

using TpXlsxEntry = const TpXlsxFunctions* (*)();
