"""Agency remarks that say what each decision means (a released section never
reads "destroyed by burning")."""

from __future__ import annotations

from inspector.domain.enums import Decision

REMARKS: dict[Decision, tuple[dict[str, str], ...]] = {
    Decision.RELEASE: (
        {"en": "Released after documentary and identity checks.",
         "ru": "Выпуск разрешён после документарной проверки и проверки идентичности.",
         "tk": "Resminama we identifikasiýa barlaglaryndan soň goýberildi."},
        {"en": "Released after physical examination; goods correspond to the declaration.",
         "ru": "Выпуск разрешён после физического досмотра; товары соответствуют декларации.",
         "tk": "Fiziki barlagdan soň goýberildi; harytlar deklarasiýa laýyk gelýär."},
    ),
    Decision.RELEASE_CONDITIONAL: (
        {"en": "Released on condition that the consignment is delivered under seal to the consignee's "
               "warehouse for follow-up inspection within 3 days.",
         "ru": "Выпуск при условии доставки груза под пломбой на склад получателя для последующего контроля "
               "в течение 3 суток.",
         "tk": "Ýük 3 günüň dowamynda möhür astynda alyjynyň ammaryna gowşurylyp, soňky barlagdan geçirilmek "
               "şerti bilen goýberildi."},
        {"en": "Released on condition that the missing labels in Russian or Turkmen are affixed before sale.",
         "ru": "Выпуск при условии нанесения недостающей маркировки на русском или туркменском языке до продажи.",
         "tk": "Satuwdan öň rus ýa-da türkmen dilinde ýetmeýän bellikleriň ýelmenmegi şerti bilen goýberildi."},
    ),
    Decision.TREATMENT_REQUIRED: (
        {"en": "Fumigation of the wood packaging ordered at the BCP treatment site; release after the "
               "treatment certificate is presented.",
         "ru": "Назначена фумигация деревянной упаковки на площадке обработки пункта пропуска; выпуск после "
               "предъявления свидетельства об обработке.",
         "tk": "Agaç gaplamalaryň serhet geçiş nokadynyň meýdançasynda fumigasiýasy bellendi; işläp bejermek "
               "barada şahadatnama görkezilenden soň goýberiler."},
    ),
    Decision.HOLD_FOR_LAB: (
        {"en": "Samples sent to the central laboratory in Ashgabat; consignment held pending results.",
         "ru": "Пробы направлены в центральную лабораторию в Ашхабаде; груз задержан до получения результатов.",
         "tk": "Nusgalar Aşgabatdaky merkezi laboratoriýa iberildi; netijeler alnyança ýük saklanylýar."},
    ),
    Decision.DETAIN: (
        {"en": "Vehicle and goods detained at the BCP parking area under customs seal pending an investigation.",
         "ru": "Транспортное средство и товар задержаны на стоянке пункта пропуска под таможенной пломбой до "
               "окончания проверки.",
         "tk": "Ulag we haryt derňew tamamlanýança gümrük möhüri astynda serhet geçiş nokadynyň duralgasynda "
               "saklanyldy."},
    ),
    Decision.RETURN_TO_ORIGIN: (
        {"en": "Consignment to be returned to the country of dispatch through this BCP; the carrier was informed.",
         "ru": "Груз подлежит возврату в страну отправления через этот пункт пропуска; перевозчик уведомлён.",
         "tk": "Ýük şu serhet geçiş nokady arkaly iberen ýurduna yzyna gaýtarylmaly; daşaýja habar berildi."},
    ),
    Decision.REFUSE_ENTRY: (
        {"en": "Entry refused: the goods may not be imported without a valid permit; the vehicle turned back.",
         "ru": "Во ввозе отказано: товар не может быть ввезён без действующего разрешения; транспорт развёрнут.",
         "tk": "Girizmekden ýüz öwrüldi: haryt hereketdäki rugsatnamasyz getirilip bilinmeýär; ulag yzyna "
               "öwrüldi."},
    ),
    Decision.DESTROY: (
        {"en": "Consignment to be destroyed by burning under official supervision at the owner's expense; "
               "an act of destruction will be drawn up.",
         "ru": "Груз подлежит уничтожению путём сжигания под официальным контролем за счёт владельца; будет "
               "составлен акт уничтожения.",
         "tk": "Ýük eýesiniň hasabyna resmi gözegçilikde ýakmak arkaly ýok edilmeli; ýok etmek barada namanama "
               "düzüler."},
    ),
}
