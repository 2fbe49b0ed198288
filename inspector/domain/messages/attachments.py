"""Texts of attaching, reducing and removing photos and scans."""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

_m("attachment.not_decodable", "“{file}” is damaged or not really a {kind} file and cannot be attached",
   "Файл «{file}» повреждён или не является файлом {kind}; прикрепить его нельзя",
   "“{file}” faýly zaýalanypdyr ýa-da hakykatda {kind} faýly däl, ony goşup bolmaýar")
_m("attachment.too_many_pixels", "The photo “{file}” has too many pixels ({megapixels} megapixels)",
   "В фото «{file}» слишком много пикселей ({megapixels} Мпикс)",
   "“{file}” suratynda pikseller örän köp ({megapixels} megapiksel)")
_m("attachment.not_found", "This photo or scan is not part of the record",
   "Это фото или скан не относится к записи", "Bu surat ýa-da skan ýazga degişli däl")
_m("attachment.section_signed",
   "The {agency} section is signed: its photos can only be removed by an amendment",
   "Раздел «{agency}» подписан: его фото можно удалить только поправкой",
   "{agency} bölümine gol çekildi: onuň suratlaryny diňe düzediş bilen aýyryp bolýar")
_m("attachment.is_signature", "A drawn signature cannot be removed", "Нарисованную подпись удалить нельзя",
   "Çekilen goly aýryp bolmaýar")
