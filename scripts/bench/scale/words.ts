// Word lists for the scale benchmark's generated sources: English and Persian function words first
// (the most frequent), then words of the subject matter. Names come in parallel lists, English and
// Persian spelling at the same index, so an entity can carry both.
const words = (s: string) => s.trim().split(/\s+/);

export const EN_FUNCTION = words(`
  the of and to in a that was were for on by with as at from his he it had be is their they which
  who this an not or have are been but after said has would all one its more there also her when
  than some them into two only other about most many these over during under before against where
  while any those then between both such through three many each what we our could may many
`);

export const EN_CONTENT = words(`
  prison prisoners political execution executions executed commission death committee judge judges
  trial trials sentence sentenced hanged hanging secret mass graves grave cemetery families family
  mothers relatives survivors survivor witness witnesses testimony testimonies report reports
  reported account accounts letter letters memoir memoirs interview interviews archive archives
  summer autumn august september july year years months weeks days night morning officials
  official authorities government regime state ministry intelligence security guards guard ward
  wards cell cells solitary interrogation interrogators interrogator torture tortured blindfolded
  questioned asked answered refused prayer religion faith apostasy apostates loyalty organisation
  organisation members supporters sympathisers leftist leftists mojahedin fedayan tudeh party
  parties groups group activists students student workers teachers doctors women men youth children
  names name list lists number numbers figure figures estimate estimates thousands hundreds dozens
  killed buried disappeared arrested released transferred moved taken brought held detained
  detention camp facility building courtyard hall room doors buses trucks vehicles bodies body
  burial burials unmarked buried lawyer lawyers rights human amnesty international united nations
  rapporteur special investigation investigators inquiry evidence documents document records record
  files file statement statements denial denied acknowledged confirmed claimed alleged estimated
  counted according source sources newspaper journalist journalists radio television broadcast
  speech decree fatwa order orders instructions signed approved carried out began ended continued
  stopped resumed city cities province provinces country capital north south east west border
  road village villages town towns district districts street streets house houses home homes
  mother father brother sister son daughter wife husband friend friends neighbour neighbours
  cellmate cellmates inmate inmates sentence term release pardon amnesty recantation interview
  question questions answer answers minutes hours silence memory memories grief mourning anniversary
  commemoration justice accountability impunity truth crimes crime humanity massacre massacres killings
  campaign appeal appeals protest protests demonstration demonstrations exile exiles diaspora
  abroad returned fled escape escaped hidden secretly openly publicly privately later earlier
  first second third last final new old young elderly many few several whole entire small large
`);

export const FA_FUNCTION = words(`
  و در به از که این را با است برای آن یک تا بود شد می‌شود ها هم خود او ما آنها شده بر نیز پس اما یا هر
  همه چند دیگر بسیار پیش پس‌از بعد قبل هنوز حتی همین آن‌ها ایشان وی ولی اگر چون زیرا نه
`);

export const FA_CONTENT = words(`
  زندان زندانی زندانیان سیاسی اعدام اعدام‌ها کمیسیون مرگ هیئت گزارش گزارش‌ها شاهد شاهدان خانواده
  خانواده‌ها قربانیان قربانی گور گورهای جمعی دادگاه قاضی حکم بازداشت شکنجه سال تابستان مرداد شهریور
  دولت حکومت جمهوری اسلامی سازمان مجاهدین فداییان حزب توده چپ مخالفان حقوق بشر عفو بین‌الملل ملل
  گزارشگر ویژه تحقیق سند اسناد نامه خاطرات مصاحبه روایت شهادت گفت می‌گویند گفته اعلام کرد کردند
  نوشت هزاران صدها تعداد حدود دست‌کم بیش کمتر نفر تن مرد زن جوان دانشجو کارگر معلم پزشک مادر پدر
  برادر خواهر پسر دختر همسر دوست بند سلول انفرادی بازجویی بازجو چشم‌بند نماز دین ارتداد مرتد
  وفاداری هواداران اعضا فهرست نام‌ها نام خاوران قبرستان دفن اجساد جسد کامیون اتوبوس سالن حسینیه
  ملاقات ممنوع قطع خبر روزنامه رادیو تلویزیون سخنرانی فتوا فرمان دستور امضا تأیید انکار پذیرفت
  شهر شهرها استان کشور پایتخت شمال جنوب شرق غرب روستا خیابان خانه ماه هفته روز شب صبح مقامات
  مسئولان امنیتی اطلاعات وزارت نگهبان پاسدار دادستان دادستانی عدالت حقیقت جنایت جنایات بشریت
  کشتار کشتارها یادبود سالگرد سوگ خاطره مبارزه تبعید تبعیدی خارج بازگشت فرار مخفی پنهان علنی
`);

/** Persian spelling of the same person at the same index (first names, then family names). */
export const FIRST_NAMES = {
  en: words(`Ebrahim Mostafa Hossein Ali Mohammad Reza Hassan Mahmoud Mehdi Ahmad Javad Saeed Hamid
    Majid Nasser Parviz Kazem Abbas Jafar Morteza Maryam Fatemeh Zahra Shirin Parvaneh Monireh
    Azam Mahnaz Nasrin Roya Leila Sima Farideh Soheila Mitra Homa Shahla Zohreh Akbar Asghar`),
  fa: words(`ابراهیم مصطفی حسین علی محمد رضا حسن محمود مهدی احمد جواد سعید حمید مجید ناصر پرویز کاظم
    عباس جعفر مرتضی مریم فاطمه زهرا شیرین پروانه منیره اعظم مهناز نسرین رویا لیلا سیما فریده سهیلا
    میترا هما شهلا زهره اکبر اصغر`),
};

export const LAST_NAMES = {
  en: words(`Raisi Pourmohammadi Nayeri Eshraghi Montazeri Rajavi Ahmadi Hosseini Mohammadi Karimi
    Rezaei Moradi Jafari Rahimi Kazemi Ghasemi Sadeghi Heydari Mousavi Hashemi Tehrani Shirazi
    Esfahani Tabrizi Mashhadi Farahani Kermani Rashti Ghazvini Zanjani Lahiji Azadi Rostami Sharifi
    Bagheri Taheri Nouri Amini Asadi Salehi Yazdani Abbasi Najafi Safavi Mirzaei Soltani`),
  fa: words(`رئیسی پورمحمدی نیری اشراقی منتظری رجوی احمدی حسینی محمدی کریمی رضایی مرادی جعفری رحیمی
    کاظمی قاسمی صادقی حیدری موسوی هاشمی تهرانی شیرازی اصفهانی تبریزی مشهدی فراهانی کرمانی رشتی قزوینی
    زنجانی لاهیجی آزادی رستمی شریفی باقری طاهری نوری امینی اسدی صالحی یزدانی عباسی نجفی صفوی میرزایی
    سلطانی`),
};

export const PLACES = {
  en: words(`Evin Gohardasht Qezelhesar Khavaran Tehran Mashhad Isfahan Shiraz Tabriz Kermanshah Ahvaz
    Rasht Qazvin Zanjan Dezful Urmia Hamadan Arak Sanandaj Khorramabad Babol Sari Gorgan Semnan Yazd`),
  fa: words(`اوین گوهردشت قزلحصار خاوران تهران مشهد اصفهان شیراز تبریز کرمانشاه اهواز رشت قزوین زنجان
    دزفول ارومیه همدان اراک سنندج خرم‌آباد بابل ساری گرگان سمنان یزد`),
};

export const PUBLISHERS = words(`Amnesty Justice-for-Iran Iran-Human-Rights Abdorrahman-Boroumand-Center
  IranWire BBC-Persian Radio-Farda Kayhan Ettelaat Iran-Human-Rights-Documentation-Center
  United-Nations Human-Rights-Watch Le-Monde The-Guardian Reuters AFP`).map((p) => p.replace(/-/g, " "));

/** Two-word phrases sown into the text, so phrase search has something to find. */
export const EN_PHRASES = ["death commission", "mass graves", "political prisoners", "summer of 1988", "human rights", "secret trials", "unmarked graves", "prison officials"];
export const FA_PHRASES = ["هیئت مرگ", "گورهای جمعی", "زندانیان سیاسی", "تابستان ۶۷", "حقوق بشر", "زندان گوهردشت"];
