// Stories, batch A (~24). Written in the compact markup of ../markup.ts. All people, schools and
// events are fictional; place names are real provinces.

import type { StoryInput } from './types.ts'

export const storiesA: StoryInput[] = [
  {
    slug: 'muoi-tam-nam-cam-ban-phieng-la',
    title: 'Mười tám năm cắm bản ở Phiêng Lả',
    dek: 'Cô giáo Hà Thị Lan lên điểm trường Phiêng Lả khi con đường còn là lối mòn. Mười tám năm sau, học trò cũ của cô đã về bản làm y sĩ, cán bộ xã.',
    format: 'ky-su',
    column: 'guong-mat-nha-giao',
    themes: ['chia-se-cung-thay-co', 'doi-moi-sang-tao'],
    exemplars: ['co-giao-ha-thi-lan'],
    credits: [['nguyen-thu-ha', 'tac-gia'], ['tran-minh-khang', 'anh'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2024-11-18T07:30:00+07:00',
    updatedAt: '2024-11-20T10:15:00+07:00',
    cover: 'lop-hoc-vung-cao',
    coverAlt: 'Cô giáo đứng giữa lớp học ghép ở điểm trường vùng cao',
    coverCaption: 'Lớp ghép hai trình độ ở điểm trường Phiêng Lả.',
    coverCredit: 'Trần Minh Khang',
    featured: true,
    seo: { title: 'Mười tám năm cắm bản của cô giáo Hà Thị Lan', description: 'Ký sự về cô giáo dạy lớp ghép ở điểm trường Phiêng Lả, Lai Châu, người tự soạn thẻ chữ song ngữ Mông – Việt cho học trò lớp Một.' },
    sources: [{ title: 'Báo cáo tổng kết năm học 2023–2024 của Trường Tiểu học Hoa Ban', outlet: 'Trường Tiểu học Hoa Ban' }],
    body: `Sáu giờ sáng, sương vẫn phủ kín sườn núi. Từ phía con dốc đất đỏ, tiếng trẻ con gọi nhau vọng lên trước khi bóng các em hiện ra. Cô giáo Hà Thị Lan đã đứng ở cửa lớp, tay cầm chiếc chuông đồng nhỏ, đếm từng em một.

"Đủ rồi, hôm nay đủ cả mười bảy đứa", cô nói, giọng nhẹ nhõm như vừa trút được một gánh nặng.

## Con đường mòn năm ấy

Năm 2006, cô Lan nhận quyết định lên điểm trường Phiêng Lả của [Trường Tiểu học Hoa Ban](exemplar:co-giao-ha-thi-lan). Khi ấy chưa có đường xe máy, cô đi bộ gần bốn tiếng, vai đeo ba lô quần áo và một thùng sách. Điểm trường có hai gian nhà gỗ, vách thưng ván, mùa đông gió lùa buốt tay.

Cô kể, những tháng đầu cô gần như không nói chuyện được với phụ huynh. Người lớn trong bản chủ yếu nói tiếng Mông, còn học trò lớp Một ngơ ngác khi nghe cô đọc bài. Cô quyết định học tiếng Mông, mỗi tối ghi vào sổ mười từ mới, sáng hôm sau đem ra dùng ngay với học trò.

::pullquote{text="Mình muốn các con hiểu bài thì trước hết mình phải hiểu các con nói gì." by="Cô giáo Hà Thị Lan"}

## Bộ thẻ chữ song ngữ

Từ cuốn sổ ấy, cô làm ra bộ thẻ chữ song ngữ Mông – Việt. Mỗi thẻ có một hình vẽ quen thuộc: con gà, gùi ngô, cái bếp lửa, kèm chữ tiếng Việt và cách nói tiếng Mông. Học trò chơi ghép thẻ, đọc to, rồi tự vẽ thêm thẻ mới.

Sau ba năm dùng thử, tỷ lệ học trò lớp Một ở điểm trường đọc thông viết thạo cuối năm tăng rõ rệt. Sáng kiến của cô được công nhận cấp tỉnh năm 2022, và bộ thẻ được in lại cho các điểm trường khác trong xã.

::image[chan-dung-co-giao-1]{alt="Cô giáo Hà Thị Lan cầm bộ thẻ chữ song ngữ" caption="Bộ thẻ chữ do cô Lan tự vẽ, nay đã được in cho nhiều điểm trường." credit="Trần Minh Khang"}

## Lớp ghép và những buổi tối đến nhà

Lớp của cô là lớp ghép hai trình độ: lớp Một và lớp Hai học chung một phòng. Cô chia bảng làm đôi, giao việc cho nhóm này thì quay sang giảng cho nhóm kia. "Dạy lớp ghép phải tính từng phút", cô cười.

Những buổi tối, cô thường đến từng nhà học trò. Có em nghỉ học vì phải trông em, có em theo bố mẹ lên nương. Cô ngồi bên bếp lửa, uống bát nước chè, nói chuyện về mùa màng trước rồi mới nói chuyện học. Nhiều phụ huynh bảo, thấy cô kiên trì quá nên không nỡ để con ở nhà.

### Những học trò đã trở về

Trong số học trò đầu tiên của cô, có người nay là y sĩ trạm y tế xã, có người làm cán bộ văn hóa. Anh Giàng A Páo, một học trò cũ, kể rằng chữ đầu tiên anh biết viết là tên mình, trên tấm thẻ cô làm.

::factbox{title="Điểm trường Phiêng Lả"}
- Khoảng 40 học sinh mầm non và tiểu học
- 2 lớp ghép, 3 giáo viên
- Cách điểm trường chính 14 km
- Có đường bê tông từ năm 2020
::end

Mười tám năm, cô Lan đã nhiều lần được đề nghị chuyển về điểm trường chính. Lần nào cô cũng xin ở lại thêm một năm. Cô bảo điều cô mong nhất là mỗi mùa khai giảng không thiếu một em nào.

::exemplar[co-giao-ha-thi-lan]{note="Chiến sĩ thi đua cấp tỉnh năm 2024"}

Đọc thêm: [Những người giữ lửa nơi biên cương](story:nhung-nguoi-giu-lua-bien-cuong).`,
  },
  {
    slug: 'toan-o-ban',
    title: 'Toán ở bản: khi thửa ruộng thành bảng đen',
    dek: 'Thầy giáo Mùa A Sinh đưa học trò bán trú ra ruộng đo diện tích, đếm đàn trâu để học tỷ lệ và thống kê. Điểm Toán khối 9 tăng đều ba năm liền.',
    format: 'bai-viet',
    column: 'sang-kien-lop-hoc',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['thay-giao-mua-a-sinh', 'hoc-sinh-giang-a-chu'],
    credits: [['lo-van-hao', 'tac-gia'], ['bui-gia-huy', 'anh']],
    publishedAt: '2023-10-12T09:00:00+07:00',
    cover: 'ruong-bac-thang',
    coverAlt: 'Học trò dùng thước dây đo thửa ruộng bậc thang',
    coverCredit: 'Bùi Gia Huy',
    body: `Buổi chiều thứ Năm, lớp 9A của Trường PTDTBT THCS Suối Mây không học trong phòng. Ba mươi học trò chia thành sáu nhóm, mỗi nhóm một cuộn thước dây, một tờ giấy kẻ ô, tản ra các thửa ruộng bậc thang dưới chân trường.

"Hôm nay các em tính xem thửa ruộng nhà bạn Chư thu được bao nhiêu thóc", thầy Mùa A Sinh giao việc.

## Từ câu hỏi của học trò

Thầy Sinh là người Mông, từng học chính ngôi trường này. Thầy kể, hồi đi học, thầy sợ nhất môn Toán vì các bài toán nói về những thứ thầy chưa từng thấy: vé xem phim, thang máy, đường cao tốc. Về dạy học, thầy nhận ra học trò của mình cũng như thế.

Một lần, một em hỏi: "Thầy ơi, học phân số để làm gì?". Câu hỏi ấy khiến thầy nghĩ suốt mấy tuần. Rồi thầy lập nhóm "Toán ở bản", cùng hai đồng nghiệp soạn lại các bài tập bằng chất liệu của bản làng.

## Học bằng những thứ quen thuộc

Các bài học của nhóm được soạn theo ba bước:

1. Quan sát một việc thật trong bản: đo ruộng, cân ngô, đếm đàn gia súc.
2. Ghi số liệu vào phiếu, thảo luận theo nhóm.
3. Trở về lớp, viết lại thành bài toán và giải bằng kiến thức trong sách giáo khoa.

Học trò học tỷ lệ khi tính lượng phân bón cho từng thửa, học thống kê khi lập bảng số trâu bò của mười hộ trong bản, học hình học khi đo góc mái nhà. Thầy Sinh nói, điều quan trọng không phải là đổi bài tập, mà là để học trò thấy Toán là công cụ của chính các em.

::image[duong-den-truong]{alt="Con đường đất dẫn từ bản lên trường" caption="Nhiều bài toán của nhóm bắt đầu từ con đường các em đi học mỗi tuần." credit="Bùi Gia Huy"}

## Kết quả sau ba năm

Điểm trung bình môn Toán của khối 9 tăng đều ba năm liền. Quan trọng hơn, số học trò xung phong lên bảng nhiều hơn hẳn. Em [Giàng A Chư](exemplar:hoc-sinh-giang-a-chu), học trò của thầy, đạt giải Nhì học sinh giỏi Toán cấp tỉnh năm 2024.

"Trước em nghĩ Toán chỉ có trong sách. Giờ em thấy Toán ở ngoài ruộng nhà em", Chư nói.

- Nhóm "Toán ở bản" hiện có 42 phiếu học tập dùng chung cho khối 6 đến khối 9.
- Các phiếu được chia sẻ cho bốn trường bán trú khác trong tỉnh.
- Nhóm đang soạn thêm phần bài tập bằng song ngữ cho học trò lớp 6.

Thầy Sinh bảo, thầy không nghĩ mình làm điều gì mới. Thầy chỉ đi lại con đường mình từng đi, lần này cầm theo một cuộn thước dây.`,
  },
  {
    slug: 'chuyen-do-cua-thay-bien',
    title: 'Chuyến đò của thầy Biển',
    dek: 'Những ngày biển động, thầy giáo Nguyễn Văn Biển chèo thuyền đón học trò làng chài đến lớp. Mỗi mùa hè, thầy dạy bơi miễn phí cho hàng trăm em nhỏ.',
    format: 'phong-su',
    column: 'noi-vung-kho',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['thay-giao-nguyen-van-bien'],
    credits: [['nguyen-thu-ha', 'tac-gia'], ['tran-minh-khang', 'anh']],
    publishedAt: '2023-06-02T06:45:00+07:00',
    cover: 'bien-lang-chai',
    coverAlt: 'Làng chài ven vịnh buổi sớm với những con thuyền nan',
    coverCredit: 'Trần Minh Khang',
    republishedFrom: { outlet: 'Bản tin Giáo dục Quảng Ninh (giả định)', url: 'https://bantin-giaoduc.example/chuyen-do-cua-thay-bien', originalDate: '2023-05-20' },
    body: `Năm giờ sáng, mặt vịnh còn xám bạc. Thầy Nguyễn Văn Biển tháo dây buộc con thuyền nan, kiểm tra lại sáu chiếc áo phao xếp ở mũi thuyền. Gió đông bắc thổi mạnh, sóng vỗ lách tách vào mạn.

"Hôm nay sóng cấp ba, các cháu không tự đi được", thầy nói, rồi đẩy thuyền ra khỏi bến.

## Lớp học của con em ngư dân

Trường THCS Làng Chài có gần 300 học sinh, phần lớn là con em ngư dân. Những năm trước, nhiều gia đình còn sống trên nhà bè, các em đến trường bằng thuyền. Ngày biển lặng, bố mẹ chở con đi. Ngày biển động, bố mẹ ra khơi chưa về, nhiều em đành ở nhà.

Thầy Biển dạy Thể dục và Sinh học ở trường gần hai mươi năm. Thầy lớn lên ở làng chài, biết chèo thuyền từ năm lên tám. Thấy học trò nghỉ học vì sóng gió, thầy bắt đầu đi đón các em vào những sáng biển động.

::pullquote{text="Bơi được là biết giữ mình, còn học được là biết đi xa." by="Thầy Nguyễn Văn Biển"}

## Lớp học bơi mùa hè

Chuyến đò sớm chỉ là một phần câu chuyện. Mỗi mùa hè, thầy Biển mở lớp học bơi miễn phí ở một góc vịnh kín gió. Thầy quây lưới, cắm cọc, dạy các em từ động tác nổi ngửa đến cách bám phao, cách gọi người lớn khi gặp nguy.

::factbox{title="Lớp học bơi của thầy Biển"}
- Bắt đầu từ năm 2010, mỗi năm hai khóa trong tháng 6 và tháng 7
- Hơn 600 em đã biết bơi
- Có sự hỗ trợ của đoàn thanh niên xã và hội phụ huynh
- Liên hệ đăng ký qua nhà trường: [0203 000 0123](tel:+842030000123)
::end

Chị Phạm Thị Hoa, một phụ huynh, kể rằng trước đây mùa hè nào chị cũng thấp thỏm vì lũ trẻ hay rủ nhau ra bãi tắm. "Từ khi có lớp của thầy, tôi yên tâm hơn nhiều", chị nói.

## Những điều thầy không kể

Hỏi về những chuyến đò, thầy Biển chỉ cười. Đồng nghiệp kể rằng có lần thuyền của thầy bị sóng đánh dạt, thầy phải nhảy xuống nước đẩy thuyền vào bờ, quần áo ướt sũng vẫn đứng lớp tiết đầu. Có năm, thầy tự bỏ tiền sửa thuyền.

Bây giờ, phần lớn các gia đình đã lên bờ định cư, con đường bê tông chạy đến tận cổng trường. Số chuyến đò của thầy thưa dần. Nhưng lớp học bơi mùa hè thì vẫn đông như cũ.

Bạn đọc muốn ủng hộ áo phao cho lớp học bơi có thể liên hệ ban biên tập qua thư điện tử [lienhe@guong-sang.example](mailto:lienhe@guong-sang.example).

Học trò của thầy, em Phạm Hải Yến, đã viết về thầy trong một bài dự thi. Em viết: "Những sáng biển động, chúng em nhìn ra bến là thấy thầy đã chờ sẵn".`,
  },
  {
    slug: 'hom-thu-con-muon-noi',
    title: 'Hòm thư "Con muốn nói" và một trường học hạnh phúc',
    dek: 'Từ một hòm thư gỗ ở cổng trường, Trường Tiểu học Cầu Tre đã thay đổi giờ ra chơi, sân bóng, bài tập về nhà và cả cách thầy cô làm hồ sơ.',
    format: 'longform',
    column: 'mai-truong',
    themes: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
    exemplars: ['thay-hieu-truong-dang-quang-vinh', 'truong-tieu-hoc-cau-tre', 'hoc-sinh-nguyen-gia-bao'],
    credits: [['dinh-thi-mai', 'tac-gia'], ['tran-minh-khang', 'anh'], ['do-thanh-tam', 'do-hoa'], ['hoang-duc-long', 'bien-tap']],
    publishedAt: '2025-09-05T08:00:00+07:00',
    updatedAt: '2025-09-10T14:00:00+07:00',
    cover: 'san-truong-nang',
    coverAlt: 'Học trò chạy nhảy trên sân trường dưới hàng dừa',
    coverCredit: 'Trần Minh Khang',
    featured: true,
    seo: { title: 'Hòm thư "Con muốn nói" ở Trường Tiểu học Cầu Tre', description: 'Cách một trường tiểu học ở Vĩnh Long lắng nghe học trò và trở thành điển hình của mô hình trường học hạnh phúc.' },
    sources: [
      { title: 'Kế hoạch 595/KH-BGDĐT triển khai Đề án tuyên truyền gương điển hình tiên tiến giai đoạn 2023–2025', outlet: 'Bộ Giáo dục và Đào tạo' },
      { title: 'Sổ tổng hợp thư học sinh năm học 2024–2025', outlet: 'Trường Tiểu học Cầu Tre' },
    ],
    body: `Ở cổng Trường Tiểu học Cầu Tre có một chiếc hòm thư gỗ sơn xanh, cao vừa tầm tay đứa trẻ lớp Một. Trên nắp hòm là dòng chữ viết tay: "Con muốn nói với thầy cô". Mỗi chiều thứ Sáu, thầy hiệu trưởng Đặng Quang Vinh mở hòm, đọc từng lá thư và ghi vào một cuốn sổ dày.

## Lá thư đầu tiên

Thầy Vinh về làm hiệu trưởng năm 2017. Việc đầu tiên thầy làm không phải là họp hội đồng hay sửa lại phòng học, mà là đóng chiếc hòm thư ấy. "Tôi muốn biết học trò nghĩ gì về trường của mình", thầy nói.

Lá thư đầu tiên chỉ có một dòng, chữ nghiêng nghiêng: "Con muốn giờ ra chơi dài hơn". Tuần sau có thêm mười lá. Có em xin sân bóng bằng phẳng hơn, có em kể bị bạn trêu, có em hỏi vì sao bài tập về nhà nhiều thế.

::pullquote{text="Nếu mình hỏi mà không làm gì thì lần sau các con sẽ không viết nữa." by="Thầy Đặng Quang Vinh, Hiệu trưởng"}

## Những thay đổi nhỏ

Thầy Vinh và hội đồng sư phạm quyết định: lá thư nào cũng phải được trả lời, bằng lời hoặc bằng việc làm. Trong năm đầu, trường đã làm những việc sau:

- Kéo dài giờ ra chơi giữa buổi từ 15 lên 25 phút, gọi là "giờ ra chơi dài".
- San lại sân bóng, trồng thêm hàng dừa tạo bóng mát.
- Bớt bài tập về nhà, thay bằng việc đọc sách cùng cha mẹ.
- Lập "góc bình yên" để học trò có chỗ ngồi riêng khi buồn.

### Thầy cô cũng cần được lắng nghe

Hòm thư không chỉ dành cho học trò. Năm 2019, trường đặt thêm một hòm thư trong phòng giáo viên. Nhiều thầy cô viết rằng hồ sơ sổ sách chiếm quá nhiều thời gian. Trường rà soát, bỏ bớt các loại sổ trùng lặp, chuyển phần lớn sang sổ điện tử.

Cô Lê Thị Cẩm Tú, giáo viên lớp Ba, kể: "Trước đây tối nào tôi cũng ngồi chép sổ đến khuya. Giờ tôi có thời gian soạn trò chơi cho học trò".

::gallery[san-truong-nang,thu-vien-xanh,song-nuoc-mien-tay]{caption="Giờ ra chơi dài, góc đọc sách và con kênh trước cổng Trường Tiểu học Cầu Tre." alts="Học trò chơi kéo co trong giờ ra chơi dài|Góc đọc sách dưới tán cây trong sân trường|Con kênh và cây cầu tre trước cổng trường" credit="Trần Minh Khang"}

## Trường học hạnh phúc không cần nhiều tiền

Khi trường trở thành điểm tham quan của các đoàn cán bộ quản lý, câu hỏi thầy Vinh hay được nghe nhất là: "Làm trường học hạnh phúc tốn bao nhiêu tiền?". Thầy thường trả lời bằng cách chỉ vào chiếc hòm thư.

::factbox{title="Trường Tiểu học Cầu Tre qua con số"}
- 18 lớp, hơn 500 học sinh, 32 giáo viên
- Hơn 1.200 lá thư của học sinh từ năm 2017
- 100% lá thư được ghi sổ và phản hồi
- Tập thể lao động xuất sắc năm 2021, Bằng khen của Thủ tướng Chính phủ năm 2025
::end

Tất nhiên, không phải điều gì học trò xin cũng làm được. Có em xin bỏ hẳn bài kiểm tra, có em xin nuôi chó trong lớp. Những lá thư ấy cũng được trả lời, bằng một buổi nói chuyện thẳng thắn vì sao chưa làm được.

## Khi học trò biết tự bảo vệ mình

Một buổi chiều tháng Tư năm 2025, em [Nguyễn Gia Bảo](exemplar:hoc-sinh-nguyen-gia-bao), học sinh lớp Năm của trường, thấy một em nhỏ trượt chân xuống mương. Bảo không nhảy xuống mà chìa can nhựa cho bạn bám rồi gọi to người lớn. Em kể mình chỉ làm theo những gì đã học ở giờ kỹ năng an toàn của trường.

Thầy Vinh bảo, đó là lá thư đẹp nhất mà trường nhận được, dù nó không nằm trong hòm thư nào.

::exemplar[truong-tieu-hoc-cau-tre]{note="Bằng khen của Thủ tướng Chính phủ năm 2025"}

Xem thêm: [Trường học hạnh phúc qua những con số](story:infographic-truong-hoc-hanh-phuc-qua-con-so) và [website mô tả mô hình của trường](https://truong-cau-tre.example/truong-hoc-hanh-phuc).`,
  },
  {
    slug: 'thu-vien-duoi-tan-duoc',
    title: 'Thư viện dưới tán đước',
    dek: 'Phóng sự ảnh về thư viện xanh của Trường THCS Mũi Đất, nơi học trò đọc sách giữa rừng ngập mặn và tự chăm vườn ươm cây đước.',
    format: 'phong-su-anh',
    column: 'mai-truong',
    themes: ['thu-vien-xanh'],
    exemplars: ['truong-thcs-mui-dat', 'co-giao-nguyen-thi-my-duyen'],
    credits: [['tran-minh-khang', 'anh'], ['dinh-thi-mai', 'tac-gia']],
    publishedAt: '2025-04-22T07:00:00+07:00',
    cover: 'rung-ngap-man',
    coverAlt: 'Rừng đước ven trường lúc nước ròng',
    coverCredit: 'Trần Minh Khang',
    body: `Trường THCS Mũi Đất nằm sát bìa rừng ngập mặn. Lúc nước ròng, bùn non phơi ra lấp lánh, còng gió chạy ngang sân. Phía sau dãy phòng học, dưới tán đước, là thư viện xanh mà học trò ở đây gọi vui là "thư viện biết thở".

::gallery[rung-ngap-man,thu-vien-xanh,bien-lang-chai]{caption="Thư viện xanh của Trường THCS Mũi Đất được dựng trên sàn gỗ, mái lợp lá dừa nước." alts="Lối đi bằng ván gỗ dẫn vào thư viện xanh|Kệ sách chống ẩm dưới mái lá|Học trò đọc sách bên mép nước" credit="Trần Minh Khang"}

## Từ một góc sân bỏ trống

Năm 2022, góc sân sau trường còn là bãi bùn bỏ trống. Thầy cô và phụ huynh góp công dựng sàn gỗ cao hơn mặt nước triều, lợp mái lá dừa nước, đóng kệ sách bằng gỗ đã qua xử lý chống mối. Sách được xếp trong thùng nhựa kín, mùa mưa thì chuyển vào phòng.

Thầy hiệu trưởng kể, lúc đầu nhiều người lo sách sẽ ẩm mốc. Nhưng sau ba năm, thư viện vẫn đông học trò mỗi giờ ra chơi. Các em tự phân công nhau phơi sách những ngày nắng.

## Lớp học ngoài trời của cô Duyên

Cô [Nguyễn Thị Mỹ Duyên](exemplar:co-giao-nguyen-thi-my-duyen), giáo viên Sinh học, thường đưa học trò ra thư viện xanh học những tiết về hệ sinh thái. Học trò quan sát rễ đước, rễ mắm, đếm số còng trong một mét vuông bùn, rồi về tra cứu trong sách của thư viện.

::gallery[phong-thi-nghiem,rung-ngap-man]{caption="Bộ tiêu bản 60 loài cây và con vật vùng đất mũi do cô Duyên và học trò thực hiện." alts="Học trò soi tiêu bản lá đước dưới kính lúp|Cô giáo hướng dẫn học trò quan sát rễ cây đước" credit="Trần Minh Khang"}

Bộ tiêu bản 60 loài do cô và học trò thực hiện được trưng bày ngay trong thư viện. Mỗi tiêu bản có thẻ ghi tên khoa học, tên địa phương và tên người thu thập.

::pullquote{text="Sách nói về rừng, còn rừng thì ở ngay đây. Các em chỉ cần nhìn lên." by="Cô giáo Nguyễn Thị Mỹ Duyên"}

## Vườn ươm của học trò

Cạnh thư viện là vườn ươm cây đước. Mỗi lớp nhận chăm một luống. Đến mùa trồng, học trò mang cây con ra trồng bổ sung dọc bờ kênh. Mỗi năm, trường trồng thêm hàng nghìn cây.

::image[duong-den-truong]{alt="Hàng cây đước non học trò trồng dọc bờ kênh" caption="Những cây đước non do học trò trồng dọc bờ kênh dẫn vào trường." credit="Trần Minh Khang"}

Em Lê Văn Tính, học sinh lớp 8, nói em thích nhất những buổi đọc sách khi nước lên. "Nước dâng tới sát sàn gỗ mà mình vẫn ngồi đọc được, như ngồi trên thuyền vậy".

::factbox{title="Thư viện xanh Mũi Đất"}
- Khoảng 2.500 đầu sách, phần lớn do phụ huynh và bạn đọc tặng
- Mở cửa mọi giờ ra chơi và chiều thứ Bảy
- Học sinh tự quản, ghi sổ mượn trả
::end

Năm 2025, Trường THCS Mũi Đất được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen. Đọc thêm về mô hình [Thư viện xanh giữa phố](story:thu-vien-xanh-giua-pho) ở Hà Nội.`,
  },
  {
    slug: 'bep-lua-luc-bon-gio-sang',
    title: 'Bếp lửa lúc bốn giờ sáng',
    dek: 'Phóng sự ảnh về cô cấp dưỡng Sùng Thị Mỷ và căn bếp nuôi gần 300 học trò bán trú ở Trường PTDTBT THCS Suối Mây.',
    format: 'phong-su-anh',
    column: 'noi-vung-kho',
    themes: ['truong-hoc-hanh-phuc'],
    exemplars: ['co-sung-thi-my', 'truong-ptdtbt-thcs-suoi-may'],
    credits: [['bui-gia-huy', 'anh'], ['lo-van-hao', 'tac-gia']],
    publishedAt: '2024-01-15T06:00:00+07:00',
    cover: 'bep-ban-tru',
    coverAlt: 'Bếp ăn bán trú lúc sáng sớm, khói bếp bốc lên',
    coverCredit: 'Bùi Gia Huy',
    body: `Bốn giờ sáng ở Suối Mây, nhiệt độ chỉ còn sáu, bảy độ. Trong dãy nhà bán trú, gần 300 học trò còn say ngủ. Ở căn bếp cuối sân, ánh lửa đã đỏ. Cô Sùng Thị Mỷ vo gạo trong chiếc chậu nhôm lớn, hơi thở phả thành khói trắng.

::gallery[bep-ban-tru,doi-che,san-truong-nang]{caption="Một ngày của bếp bán trú Trường PTDTBT THCS Suối Mây." alts="Cô cấp dưỡng nhóm bếp củi lúc trời còn tối|Vườn rau xanh sau bếp do học trò chăm|Học trò xếp hàng lấy cơm trưa" credit="Bùi Gia Huy"}

## Mười năm, một căn bếp

Cô Mỷ làm cấp dưỡng ở trường từ năm 2015. Ngày ấy bếp chỉ là một gian nhà tạm, nấu bằng củi, mùa mưa khói bay khắp sân. Bây giờ bếp đã được xây kiên cố, có tủ lạnh, có bàn inox, nhưng cô vẫn giữ thói quen dậy sớm nhất trường.

Mỗi ngày, cô và hai đồng nghiệp nấu ba bữa. Bữa sáng là cháo hoặc xôi, bữa trưa và bữa tối có cơm, canh, một món mặn. Cô tính từng lạng thịt, từng bó rau để tiền ăn của học trò được dùng trọn vẹn.

::pullquote{text="Các con no thì mới học được. Mình chỉ lo cho các con no." by="Cô Sùng Thị Mỷ"}

## Vườn rau sau bếp

Năm 2018, cô Mỷ xin nhà trường khoảng đất trống sau bếp để làm vườn. Cô dạy học trò gieo hạt, làm cỏ, tưới nước. Mỗi lớp nhận một luống. Rau cải, rau muống, su su từ vườn giúp bữa ăn có thêm món xanh mà không tốn tiền mua.

Sau đó, cô đề xuất nuôi thêm đàn gà. Trứng gà được dùng cho bữa sáng mỗi tuần hai lần. Học trò gọi cô là "mẹ Mỷ".

::image[chan-dung-co-giao-2]{alt="Cô Sùng Thị Mỷ cười bên nồi cơm lớn" caption="Cô Mỷ nói điều vui nhất là thấy nồi cơm hết sạch." credit="Bùi Gia Huy"}

## Bữa cơm giữ chân học trò

Thầy hiệu trưởng nhà trường kể, những năm trước, mỗi học kỳ có vài em bỏ về bản vì nhớ nhà, vì đói. Từ khi bữa ăn được cải thiện, phòng ở ấm hơn và có sinh hoạt văn hóa mỗi tối thứ Sáu, tỷ lệ học trò bỏ học giảm từ hơn năm phần trăm xuống dưới một phần trăm.

::factbox{title="Bếp bán trú Suối Mây"}
- 3 cấp dưỡng, nấu 3 bữa mỗi ngày cho gần 300 học trò
- Vườn rau khoảng 600 mét vuông, 12 luống do các lớp chăm sóc
- Đàn gà khoảng 80 con
::end

Em Vàng A Dơ, học sinh lớp 8, viết về cô Mỷ trong một bài dự thi: "Ở trường, em được ăn bát canh rau do chính tay chúng em trồng". Bài viết của em đoạt giải Nhì cuộc thi [Người thầy trong tôi](contest:nguoi-thay-trong-toi-2025).

Trời sáng dần. Tiếng kẻng báo thức vang lên, học trò ùa ra sân rửa mặt. Cô Mỷ múc cháo ra từng bát, hơi nóng bốc lên mờ cả khung cửa.

::exemplar[co-sung-thi-my]{note="Giấy khen của Chủ tịch Ủy ban nhân dân huyện năm 2023"}`,
  },
  {
    slug: 'lop-hoc-lam-quen-voi-nuoc',
    title: 'Video: Lớp học "Làm quen với nước" ở vùng lũ',
    dek: 'Cô giáo mầm non Phạm Thị Bông và đồng nghiệp dạy trẻ năm tuổi mặc áo phao, nổi ngửa, gọi người lớn khi gặp nguy.',
    format: 'video',
    column: 'mai-truong',
    themes: ['truong-hoc-hanh-phuc'],
    exemplars: ['co-giao-pham-thi-bong', 'truong-mam-non-hoa-sen'],
    credits: [['pham-quoc-viet', 'video'], ['dinh-thi-mai', 'thuc-hien']],
    publishedAt: '2025-06-01T08:00:00+07:00',
    cover: 'song-nuoc-mien-tay',
    coverAlt: 'Con kênh vùng lũ với hàng bần hai bên bờ',
    coverCredit: 'Phạm Quốc Việt',
    body: `::video{url="https://www.youtube.com/watch?v=GSvd2025ln1" title="Lớp học Làm quen với nước ở Trường Mầm non Hoa Sen" caption="Video dài 6 phút, thực hiện tháng 5 năm 2025."}

Ở vùng lũ, mùa nước nổi là mùa của tôm cá, của bông điên điển. Nhưng đó cũng là mùa các cô giáo mầm non lo lắng nhất. Trẻ nhỏ chỉ cần lơ đễnh một chút bên mép nước là có thể gặp nguy.

## Ý tưởng từ một mùa lũ

Năm 2021, sau một mùa lũ nhiều chuyện buồn trong vùng, cô [Phạm Thị Bông](exemplar:co-giao-pham-thi-bong) đề xuất với nhà trường một lớp học đặc biệt cho trẻ năm tuổi. Cô gọi đó là lớp "Làm quen với nước". Mục tiêu không phải là dạy trẻ bơi giỏi, mà là để trẻ không sợ nước, biết mặc áo phao và biết kêu cứu.

Ban đầu, trường không có hồ bơi. Hội phụ huynh góp tiền mua một hồ bơi di động bằng bạt, đoàn thanh niên xã giúp dựng khung và thay nước. Mỗi buổi học chỉ có mười trẻ, luôn có ít nhất ba người lớn đứng trong hồ.

## Những điều trẻ học được

Trong video, người xem có thể thấy các bé lần lượt:

1. Tự mặc áo phao và kiểm tra khóa cho bạn.
2. Úp mặt xuống nước, thổi bong bóng.
3. Nổi ngửa với sự hỗ trợ của cô.
4. Tập hô to "Cứu với!" và giơ tay khi thấy bạn gặp nạn.
5. Nhận biết những chỗ nguy hiểm: mép ao, cầu khỉ, bến sông.

Cô Bông nói, điều khó nhất là giúp những bé sợ nước. Có bé phải mất năm buổi mới dám bước xuống hồ. Cô không bao giờ ép, chỉ kiên nhẫn ngồi ở bậc thềm, cùng bé té nước chơi.

::pullquote{text="Mình không cần các con bơi giỏi. Mình cần các con biết giữ mình." by="Cô giáo Phạm Thị Bông"}

## Từ một lớp thành cả trường

Đến năm 2024, lớp "Làm quen với nước" đã trở thành hoạt động chung của [Trường Mầm non Hoa Sen](exemplar:truong-mam-non-hoa-sen). Mỗi năm có hơn 200 trẻ năm tuổi hoàn thành lớp học trước khi vào lớp Một. Nhiều trường mầm non trong tỉnh đã đến học hỏi cách làm.

Phụ huynh cũng được mời tham gia một buổi học cuối khóa để cùng luyện tập kỹ năng sơ cứu cơ bản. Anh Nguyễn Văn Tài, một phụ huynh, chia sẻ trong video: "Tôi là dân sông nước mà trước giờ cũng chưa biết cách sơ cứu cho đúng".

::factbox{title="Lời khuyên của cô Bông cho phụ huynh mùa nước nổi"}
- Luôn có người lớn trông trẻ khi ở gần nước
- Cho trẻ mặc áo phao khi đi đò, đi ghe
- Rào chắn mép ao, mép sông gần nhà
- Dạy trẻ kêu cứu, không tự nhảy xuống cứu bạn
::end

Hỏi cô Bông về danh hiệu, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024, cô chỉ cười. Cô bảo phần thưởng lớn nhất là mùa lũ vừa rồi, cả xã bình yên.`,
  },
  {
    slug: 'robot-nhat-rac-tren-kenh',
    title: 'Video: Robot nhặt rác của học trò Rạch Dừa',
    dek: 'Tám học sinh trung học cơ sở chế tạo robot nhặt rác trên kênh từ chai nhựa, động cơ cũ và bo mạch tái chế.',
    format: 'video',
    column: 'sang-kien-lop-hoc',
    themes: ['chuyen-doi-so', 'doi-moi-sang-tao'],
    exemplars: ['doi-robot-thcs-rach-dua', 'thay-giao-huynh-tan-loc'],
    credits: [['pham-quoc-viet', 'video'], ['vu-bich-ngoc', 'tac-gia']],
    publishedAt: '2024-03-20T10:00:00+07:00',
    cover: 'phong-may-tinh',
    coverAlt: 'Học sinh lắp ráp robot trong phòng STEM',
    coverCredit: 'Phạm Quốc Việt',
    body: `::video{url="https://vimeo.com/912345678" title="Robot nhặt rác trên kênh của Đội Robot Rạch Dừa" caption="Video dài 5 phút."}

Chiều thứ Bảy, bờ kênh trước Trường THCS Rạch Dừa đông hơn thường lệ. Tám học trò mặc áo đồng phục xanh, tay cầm điều khiển, chăm chú nhìn một chiếc bè nhỏ kết bằng chai nhựa đang chậm rãi tiến ra giữa dòng. Phía trước bè là chiếc gàu lưới, cứ vài giây lại vớt lên một túi nilon, một vỏ hộp xốp.

## Ý tưởng từ con kênh trước cổng trường

Đội Robot Rạch Dừa thành lập năm 2022 dưới sự hướng dẫn của thầy [Huỳnh Tấn Lộc](exemplar:thay-giao-huynh-tan-loc), giáo viên Tin học. Các em kể, ý tưởng đến từ chính con kênh mà ngày nào các em cũng đi qua. "Tụi em thấy rác nhiều quá, mà người lớn vớt không xuể", em Nguyễn Minh Thư, đội trưởng, nói.

Thầy Lộc không đưa ra đáp án. Thầy chỉ hỏi: "Các em có những gì trong tay?". Câu trả lời là một thùng linh kiện cũ thầy gom được từ các tiệm sửa chữa, vài chục chai nhựa và một chiếc máy tính bảng cũ.

## Từ bản vẽ đến mặt nước

Trong video, người xem sẽ thấy hành trình của đội qua các bước:

- Vẽ phác thảo trên giấy, tính sức nổi của bè chai nhựa.
- Lắp động cơ, bánh guồng từ quạt máy hỏng.
- Lập trình bo mạch để điều khiển qua sóng radio.
- Thử nghiệm trong chậu nước, rồi trong hồ của trường.
- Đưa robot ra kênh, dưới sự giám sát của thầy cô và phụ huynh.

Phiên bản đầu tiên bị lật ngay lần thử thứ hai. Phiên bản thứ ba mới chạy ổn định. Các em học được cách ghi nhật ký thử nghiệm, cách chia việc trong nhóm và cả cách chấp nhận thất bại.

::pullquote{text="Linh kiện cũ chưa phải là rác nếu mình biết cho nó một việc mới." by="Thầy Huỳnh Tấn Lộc"}

## Giải Nhất và những bước tiếp theo

Năm 2023, robot của đội đạt giải Nhất sân chơi STEM cấp thành phố. Phường đã mượn robot thử nghiệm trên đoạn kênh dài khoảng 500 mét. Đội đang phát triển phiên bản dùng pin mặt trời và camera nhận diện rác.

::factbox{title="Robot nhặt rác Rạch Dừa"}
- Thân bè làm từ 48 chai nhựa 1,5 lít
- Động cơ tái sử dụng từ quạt máy và đồ chơi cũ
- Mỗi giờ vớt được khoảng 2 kg rác nổi
- Chi phí vật liệu dưới 1 triệu đồng
::end

Thầy Lộc nói điều thầy vui nhất không phải là giải thưởng, mà là thấy học trò tự tin đứng trước ban giám khảo giải thích từng dòng lệnh mình viết. Nhiều em trước đây rất ngại phát biểu.

Em Thư bảo, ước mơ của em là trở thành kỹ sư môi trường. "Em muốn con kênh trước nhà em sạch như hồi ba em còn nhỏ".

::exemplar[doi-robot-thcs-rach-dua]{note="Giải Nhất sân chơi STEM cấp thành phố năm 2023"}`,
  },
  {
    slug: 'xuong-dien-cua-thay-triet',
    title: 'Video: Xưởng điện của thầy Triết',
    dek: 'Giảng viên Phan Minh Triết xin thiết bị thải loại của nhà máy, tự thiết kế mười hai bộ mô hình thực hành cho sinh viên nghề điện.',
    format: 'video',
    column: 'guong-mat-nha-giao',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['thay-giao-phan-minh-triet', 'sinh-vien-do-minh-quan'],
    credits: [['pham-quoc-viet', 'video'], ['nguyen-thu-ha', 'tac-gia']],
    publishedAt: '2025-02-14T09:30:00+07:00',
    cover: 'xuong-thuc-hanh',
    coverAlt: 'Xưởng thực hành điện với các tủ điện mô hình',
    coverCredit: 'Phạm Quốc Việt',
    body: `::video{url="https://youtu.be/GSvd2025xd1" title="Xưởng điện của thầy Phan Minh Triết" caption="Video dài 7 phút."}

Xưởng thực hành điện công nghiệp của Trường Cao đẳng Kỹ thuật Ven Biển không có máy móc đắt tiền. Nhưng ở đây, sinh viên nào cũng có một tủ điện để đấu nối, một động cơ để vận hành. Đó là thành quả của thầy [Phan Minh Triết](exemplar:thay-giao-phan-minh-triet) sau nhiều năm đi "xin đồ cũ".

## Mười hai bộ mô hình từ thiết bị thải loại

Năm 2016, khi thầy Triết về trường, xưởng chỉ có ba bộ mô hình cho lớp bốn mươi sinh viên. Mỗi buổi thực hành, phần lớn sinh viên đứng xem. Thầy bắt đầu đến các nhà máy trong khu công nghiệp, xin lại contactor, rơ le, biến tần đã thay ra nhưng còn dùng được.

Thầy cùng sinh viên làm sạch, kiểm tra, rồi lắp thành các bộ mô hình thực hành theo đúng bài học. Đến nay, xưởng đã có mười hai bộ. Sáng kiến này được công nhận năm 2021 và được nhiều trường nghề học theo.

## Huấn luyện cho kỳ thi tay nghề

Trong video, thầy Triết hướng dẫn một nhóm sinh viên chuẩn bị cho kỳ thi kỹ năng nghề. Thầy đứng sau lưng, bấm đồng hồ, không nói gì cho đến khi sinh viên hoàn thành. Sau đó, thầy chỉ ra từng mối nối chưa chặt, từng sợi dây đi chưa gọn.

::pullquote{text="Nghề điện không cho phép sai lần thứ hai. Sai ở xưởng thì còn sửa được, sai ở nhà máy là mất an toàn." by="Thầy Phan Minh Triết"}

Một trong những học trò của thầy là [Đỗ Minh Quân](exemplar:sinh-vien-do-minh-quan). Quân từng bỏ học sau lớp 11 để đi phụ hồ. Hai năm sau, em quay lại học nghề. Dưới sự kèm cặp của thầy Triết, Quân giành huy chương vàng kỳ thi kỹ năng nghề cấp vùng năm 2024.

"Thầy không bao giờ hỏi vì sao em bỏ học. Thầy chỉ hỏi em muốn học gì", Quân kể trong video.

## Gắn với doanh nghiệp

Các nhà máy cho thiết bị cũ cũng trở thành nơi thực tập của sinh viên. Thầy Triết phối hợp với Phòng Đào tạo của trường để đưa sinh viên năm hai đến thực tập có lương. Nhiều em được nhận vào làm trước khi tốt nghiệp.

::factbox{title="Xưởng điện công nghiệp"}
- 12 bộ mô hình thực hành tự thiết kế
- Khoảng 80% linh kiện là thiết bị tái sử dụng
- Mỗi năm phục vụ hơn 300 sinh viên
- 5 năm liên tiếp có sinh viên đạt huy chương kỳ thi kỹ năng nghề cấp vùng
::end

Cuối video, thầy Triết tắt cầu dao, xưởng chìm vào yên lặng. Thầy nói, thầy thích nhất khoảnh khắc sinh viên bật công tắc và động cơ quay lần đầu. "Lúc ấy mắt các em sáng như bóng đèn".

Xem thêm câu chuyện về [Phòng Đào tạo Trường Cao đẳng Kỹ thuật Ven Biển](exemplar:phong-dao-tao-cao-dang-ven-bien).`,
  },
  {
    slug: 'podcast-the-chu-song-ngu',
    title: 'Podcast "Chuyện trường, chuyện lớp" số 1: Bộ thẻ chữ song ngữ',
    dek: 'Vũ Bích Ngọc trò chuyện với cô giáo Hà Thị Lan về bộ thẻ chữ Mông – Việt và cách dạy lớp ghép ở điểm trường Phiêng Lả.',
    format: 'podcast',
    column: 'guong-mat-nha-giao',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['co-giao-ha-thi-lan'],
    credits: [['vu-bich-ngoc', 'thuc-hien'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2024-12-02T20:00:00+07:00',
    cover: 'chan-dung-co-giao-1',
    coverAlt: 'Cô giáo cầm bộ thẻ chữ trước bảng đen',
    coverCredit: 'Trần Minh Khang',
    body: `::audio{title="Chuyện trường, chuyện lớp số 1: Bộ thẻ chữ song ngữ" transcript="Bản ghi tóm tắt: cô Hà Thị Lan kể về việc học tiếng Mông, làm thẻ chữ và dạy lớp ghép ở Phiêng Lả."}

Chào mừng bạn đến với số đầu tiên của *Chuyện trường, chuyện lớp*, chương trình podcast của Gương sáng. Trong số này, chúng tôi trò chuyện qua điện thoại với cô giáo [Hà Thị Lan](exemplar:co-giao-ha-thi-lan) ở điểm trường Phiêng Lả. Cuộc trò chuyện bị ngắt vài lần vì sóng yếu, chúng tôi giữ nguyên những khoảng lặng ấy.

## Những điều bạn sẽ nghe

1. Vì sao cô Lan quyết định học tiếng Mông ngay trong năm đầu lên bản.
2. Cách cô chọn hình vẽ cho từng tấm thẻ chữ.
3. Một buổi học lớp ghép diễn ra như thế nào.
4. Điều cô muốn nói với các giáo viên trẻ mới lên vùng cao.

## Trích đoạn cuộc trò chuyện

**Bích Ngọc:** Cô còn nhớ từ tiếng Mông đầu tiên cô học được không?

**Cô Lan:** Nhớ chứ. Là từ "ăn cơm". Vì ngày đầu tiên, bà cụ nhà bên cạnh gọi mình sang ăn cơm mà mình không hiểu, cứ đứng cười.

**Bích Ngọc:** Bộ thẻ chữ ra đời như thế nào?

**Cô Lan:** Mình để ý học trò nhớ hình nhanh hơn nhớ chữ. Nên mình vẽ những thứ các con thấy hằng ngày, con gà, gùi ngô, bếp lửa, rồi viết chữ tiếng Việt bên dưới. Mặt sau ghi cách nói tiếng Mông để phụ huynh cũng đọc cùng con được.

> Mình không giỏi vẽ đâu. Con gà mình vẽ học trò còn bảo giống con vịt. Nhưng các con nhớ, thế là được.

**Bích Ngọc:** Dạy lớp ghép có khó không cô?

**Cô Lan:** Khó nhất là chia thời gian. Mình phải giao việc cho nhóm lớp Hai thật rõ để các con tự làm, rồi mới quay sang dạy lớp Một. Có hôm một tiết học mà mình như chạy bộ.

::pullquote{text="Mình không dạy các con quên tiếng mẹ đẻ. Mình dạy các con thêm một thứ tiếng để đi xa hơn." by="Cô giáo Hà Thị Lan"}

## Ghi chú của người thực hiện

Cuộc trò chuyện được ghi âm tháng 11 năm 2024, ít ngày sau khi cô Lan nhận danh hiệu Chiến sĩ thi đua cấp tỉnh. Chúng tôi đã xin phép cô trước khi phát sóng và gửi lại bản ghi để cô kiểm tra.

Nghe tiếp các số khác của chương trình: [Ba thứ tiếng ở cao nguyên](story:podcast-ba-thu-tieng-o-cao-nguyen) và [Bình dân học vụ số trên đồi chè](story:podcast-binh-dan-hoc-vu-so-tren-doi-che).

Bạn có câu chuyện về thầy cô muốn kể? Hãy gửi cho chúng tôi qua [lienhe@guong-sang.example](mailto:lienhe@guong-sang.example). Đọc thêm ký sự [Mười tám năm cắm bản ở Phiêng Lả](story:muoi-tam-nam-cam-ban-phieng-la).`,
  },
  {
    slug: 'podcast-ba-thu-tieng-o-cao-nguyen',
    title: 'Podcast "Chuyện trường, chuyện lớp" số 2: Ba thứ tiếng ở cao nguyên',
    dek: 'Cô giáo Ksor H\'Blim kể về câu lạc bộ Jrai – Việt – Anh, nơi học trò kể chuyện buôn làng mình bằng ba thứ tiếng.',
    format: 'podcast',
    column: 'guong-mat-nha-giao',
    themes: ['chia-se-cung-thay-co', 'lop-hoc-than-thien'],
    exemplars: ['co-giao-ksor-h-blim'],
    credits: [['vu-bich-ngoc', 'thuc-hien']],
    publishedAt: '2025-01-13T20:00:00+07:00',
    cover: 'cao-nguyen-chieu',
    coverAlt: 'Cao nguyên lúc chiều tà với nhà rông phía xa',
    coverCredit: 'Bùi Gia Huy',
    body: `::audio{title="Chuyện trường, chuyện lớp số 2: Ba thứ tiếng ở cao nguyên"}

Số thứ hai của "Chuyện trường, chuyện lớp" đưa bạn lên cao nguyên, đến Trường THPT Cao Nguyên Xanh. Khách mời của chúng tôi là cô giáo tiếng Anh [Ksor H'Blim](exemplar:co-giao-ksor-h-blim), người Jrai đầu tiên trong buôn của cô học đại học ngoại ngữ.

## Câu lạc bộ ba thứ tiếng

Câu lạc bộ của cô H'Blim họp mỗi chiều thứ Tư. Quy ước của câu lạc bộ rất giản dị: mỗi câu chuyện được kể ba lần, bằng tiếng Jrai, tiếng Việt và tiếng Anh. Học trò có thể kể về lễ mừng lúa mới, về nhà rông, về món cơm lam của mẹ.

Trong podcast, cô H'Blim kể rằng lúc đầu nhiều em ngại nói tiếng Jrai ở trường. "Các em sợ bạn cười. Mình phải nói trước, nói to, để các em thấy tiếng mẹ đẻ là niềm tự hào", cô nói.

## Những điều bạn sẽ nghe

- Cách cô H'Blim chuẩn bị một buổi sinh hoạt câu lạc bộ.
- Câu chuyện của em Rơ Châm Nhi, lần đầu kể về nhà rông bằng tiếng Anh trước cả hội trường.
- Những đoạn phim ngắn do học trò tự quay, giới thiệu lễ hội của buôn.
- Điều cô học được từ chính học trò mình.

> Em nghĩ nếu em nói được tiếng Anh, em có thể kể cho cả thế giới nghe về buôn của em. (Em Rơ Châm Nhi, lớp 11)

## Vì sao chúng tôi chọn câu chuyện này

Năm 2025, cô H'Blim được tuyên dương trong chương trình "Chia sẻ cùng thầy cô" dành cho các thầy cô vùng khó. Khi chúng tôi liên hệ, cô đề nghị podcast không nói nhiều về cô mà nói về học trò. Chúng tôi tôn trọng đề nghị ấy: hơn nửa thời lượng là tiếng nói của các em.

::pullquote{text="Ngoại ngữ không làm các em xa buôn làng. Ngoại ngữ giúp buôn làng đến gần thế giới hơn." by="Cô giáo Ksor H'Blim"}

::factbox{title="Câu lạc bộ Jrai – Việt – Anh"}
- Thành lập năm 2021, khoảng 40 thành viên
- Đã làm hơn 20 đoạn phim ngắn về văn hóa buôn làng
- Nhiều thành viên đạt giải thi nói tiếng Anh cấp tỉnh
::end

## Ghi chú

Podcast được ghi âm tại thư viện trường, có tiếng mưa rơi trên mái tôn ở phút thứ ba. Các đoạn tiếng Jrai đã được cô H'Blim dịch lại trong phần ghi chú gửi kèm.

Nghe lại số trước: [Bộ thẻ chữ song ngữ](story:podcast-the-chu-song-ngu). Bạn có thể nghe thêm các số của chương trình trên [SoundCloud của Gương sáng](https://soundcloud.com/guongsang-example).`,
  },
  {
    slug: 'podcast-binh-dan-hoc-vu-so-tren-doi-che',
    title: 'Podcast "Chuyện trường, chuyện lớp" số 3: Bình dân học vụ số trên đồi chè',
    dek: 'Lớp học buổi tối của cô giáo Vũ Thị Kim Oanh giúp bà con vùng chè bán hàng qua điện thoại và cảnh giác với tin nhắn lừa đảo.',
    format: 'podcast',
    column: 'sang-kien-lop-hoc',
    themes: ['chuyen-doi-so'],
    exemplars: ['co-giao-vu-thi-kim-oanh'],
    credits: [['vu-bich-ngoc', 'thuc-hien'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2025-10-06T20:00:00+07:00',
    cover: 'doi-che',
    coverAlt: 'Đồi chè xanh mướt buổi sáng',
    coverCredit: 'Bùi Gia Huy',
    body: `::audio{title="Chuyện trường, chuyện lớp số 3: Bình dân học vụ số trên đồi chè" transcript="Bản ghi tóm tắt: cô Oanh và các học viên kể về lớp kỹ năng số buổi tối."}

Bảy giờ tối, phòng học của Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Đồi Chè sáng đèn. Học viên của lớp không phải học sinh mà là những người trồng chè, có người đã ngoài sáu mươi tuổi. Mỗi người cầm một chiếc điện thoại, chăm chú nhìn lên màn hình máy chiếu.

Cô giáo của lớp là [Vũ Thị Kim Oanh](exemplar:co-giao-vu-thi-kim-oanh). Trong số này, chúng tôi ngồi cùng lớp học của cô suốt một buổi tối.

## Từ lớp xóa mù chữ đến lớp kỹ năng số

Cô Oanh đã dạy ở trung tâm hơn hai mươi năm. Trước đây, lớp buổi tối của cô chủ yếu là lớp xóa mù chữ và bổ túc văn hóa. Từ năm 2025, hưởng ứng phong trào "Bình dân học vụ số", cô mở thêm lớp kỹ năng số cho bà con.

Nội dung lớp học được cô chia thành những bài ngắn:

1. Chụp ảnh sản phẩm chè cho đẹp, đủ sáng.
2. Đăng bán hàng và trả lời tin nhắn của khách.
3. Nhận tiền chuyển khoản, kiểm tra số dư.
4. Nhận biết tin nhắn, cuộc gọi lừa đảo.
5. Tra cứu dịch vụ công trực tuyến.

## Những giọng nói trong podcast

Bà Hoàng Thị Nụ, 63 tuổi, kể rằng trước đây bà chỉ dùng điện thoại để nghe gọi. "Giờ tôi tự chụp ảnh chè, gửi cho khách ở tận Hà Nội", bà cười.

Ông Hoàng Văn Thắng, học viên cũ của lớp xóa mù chữ, nay tiếp tục theo lớp kỹ năng số. Ông từng viết bài dự thi kể về lớp học buổi tối: "Sáu mươi tuổi, tôi viết được tên mình và tên các cháu".

::pullquote{text="Người lớn học chậm nhưng nhớ lâu. Mình chỉ cần kiên nhẫn hơn một chút." by="Cô giáo Vũ Thị Kim Oanh"}

## Cảnh giác với lừa đảo

Phần được học viên quan tâm nhất là nhận biết lừa đảo. Cô Oanh sưu tầm những tin nhắn giả mạo ngân hàng, giả mạo cơ quan nhà nước, in ra cho cả lớp cùng "bắt lỗi".

::factbox{title="Ba điều cô Oanh dặn học viên"}
- Không bấm vào đường link lạ trong tin nhắn
- Không đọc mã OTP cho bất kỳ ai qua điện thoại
- Khi nghi ngờ, gọi cho con cháu hoặc gọi cô trước
::end

## Ghi chú

Số podcast này được ghi âm trực tiếp trong lớp học, có lẫn tiếng chuông điện thoại và tiếng cười. Chúng tôi giữ nguyên để bạn cảm nhận không khí của lớp.

Nghe các số trước: [Bộ thẻ chữ song ngữ](story:podcast-the-chu-song-ngu) và [Ba thứ tiếng ở cao nguyên](story:podcast-ba-thu-tieng-o-cao-nguyen).`,
  },
  {
    slug: 'infographic-nhung-nguoi-gieo-chu-vung-kho',
    title: 'Infographic: Bốn người gieo chữ nơi vùng khó',
    dek: 'Mỗi tấm thẻ là một thầy cô đang dạy học ở vùng cao, biên giới, làng chài: quê quán, số năm gắn bó, việc làm nổi bật.',
    format: 'infographic',
    column: 'tri-an-thay-co',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['co-giao-ha-thi-lan', 'thay-giao-nguyen-van-bien', 'thay-giao-ho-van-lanh', 'co-giao-ksor-h-blim'],
    credits: [['do-thanh-tam', 'do-hoa'], ['nguyen-thu-ha', 'tac-gia']],
    publishedAt: '2024-11-19T08:00:00+07:00',
    cover: 'cao-nguyen-chieu',
    coverAlt: 'Đồ họa bốn tấm thẻ chân dung thầy cô trên nền cao nguyên',
    coverCredit: 'Đồ họa: Đỗ Thanh Tâm',
    body: `Nhân Ngày Nhà giáo Việt Nam 20/11, Gương sáng giới thiệu bốn thầy cô đang dạy học ở những nơi khó khăn nhất. Mỗi tấm thẻ dưới đây tóm tắt một câu chuyện; bạn có thể bấm vào tên để đọc bài viết đầy đủ.

::image[le-tuyen-duong]{alt="Đồ họa tổng hợp bốn thầy cô với số năm công tác và địa phương" caption="Bốn thầy cô, tổng cộng hơn 60 năm đứng lớp ở vùng khó." credit="Đồ họa: Đỗ Thanh Tâm"}

## Thẻ 1: Cô giáo Hà Thị Lan, Lai Châu

::exemplar[co-giao-ha-thi-lan]{note="18 năm cắm bản, tự soạn thẻ chữ song ngữ Mông – Việt"}

- Dạy lớp ghép hai trình độ ở điểm trường Phiêng Lả.
- Tự học tiếng Mông, làm bộ thẻ chữ song ngữ cho học trò lớp Một.
- Chiến sĩ thi đua cấp tỉnh năm 2024.

## Thẻ 2: Thầy giáo Nguyễn Văn Biển, Quảng Ninh

::exemplar[thay-giao-nguyen-van-bien]{note="Gần 20 năm dạy con em ngư dân"}

- Chèo thuyền đón học trò làng chài những ngày biển động.
- Mở lớp học bơi miễn phí mỗi mùa hè, hơn 600 em đã biết bơi.
- Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo năm 2023.

## Thẻ 3: Thầy giáo Hồ Văn Lành, Quảng Trị

::exemplar[thay-giao-ho-van-lanh]{note="Thầy giáo người Vân Kiều đầu tiên của bản"}

- Trở về bản dạy học sau khi tốt nghiệp sư phạm.
- Đi từng nhà vận động các gia đình cho con gái đến trường.
- Tuyên dương toàn quốc năm 2024.

## Thẻ 4: Cô giáo Ksor H'Blim, Gia Lai

::exemplar[co-giao-ksor-h-blim]{note="Câu lạc bộ ba thứ tiếng Jrai – Việt – Anh"}

- Người Jrai đầu tiên trong buôn học đại học ngoại ngữ.
- Học trò của cô làm hơn 20 đoạn phim ngắn về văn hóa buôn làng.
- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024.

::factbox{title="Điểm chung của bốn thầy cô"}
- Đều học tiếng nói của học trò hoặc dạy bằng tiếng mẹ đẻ của các em
- Đều đến tận nhà học trò để vận động đi học
- Đều từ chối chuyển về nơi thuận lợi hơn ít nhất một lần
::end

## Cách chúng tôi làm infographic này

Số liệu trên các tấm thẻ được lấy từ hồ sơ đề nghị khen thưởng và được chính các thầy cô, nhà trường xác nhận. Chúng tôi không dùng từ "nhất" khi không có căn cứ, theo tinh thần tuyên truyền khách quan, trung thực, tránh cường điệu.

Các con số được làm tròn đến hàng chục. Những thông tin cá nhân như địa chỉ nhà, số điện thoại không được đưa lên thẻ. Ảnh chân dung được sử dụng với sự đồng ý của các thầy cô.

Đọc các bài viết đầy đủ:

1. [Mười tám năm cắm bản ở Phiêng Lả](story:muoi-tam-nam-cam-ban-phieng-la)
2. [Chuyến đò của thầy Biển](story:chuyen-do-cua-thay-bien)
3. [Thầy giáo đầu tiên của bản](story:thay-giao-dau-tien-cua-ban)
4. [Ba thứ tiếng ở cao nguyên](story:podcast-ba-thu-tieng-o-cao-nguyen)

Bạn biết một thầy cô vùng khó xứng đáng được giới thiệu? Hãy gửi thư về [lienhe@guong-sang.example](mailto:lienhe@guong-sang.example) kèm họ tên, đơn vị và câu chuyện cụ thể.`,
  },
  {
    slug: 'infographic-hanh-trinh-mot-guong-dien-hinh',
    title: 'Infographic: Hành trình của một gương điển hình',
    dek: 'Từ phát hiện, bồi dưỡng đến tôn vinh và nhân rộng: năm chặng đường của một gương điển hình tiên tiến trong ngành Giáo dục.',
    format: 'infographic',
    column: 'goc-nhin',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['co-giao-ha-thi-lan'],
    credits: [['do-thanh-tam', 'do-hoa'], ['hoang-duc-long', 'tac-gia']],
    publishedAt: '2023-05-10T08:00:00+07:00',
    cover: 'giang-duong',
    coverAlt: 'Sơ đồ năm bước hành trình của một gương điển hình',
    coverCredit: 'Đồ họa: Đỗ Thanh Tâm',
    sources: [
      { title: 'Kế hoạch 595/KH-BGDĐT ngày 10/4/2023 của Bộ Giáo dục và Đào tạo', outlet: 'Bộ Giáo dục và Đào tạo' },
      { title: 'Quyết định 1526/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ', outlet: 'Thủ tướng Chính phủ' },
    ],
    body: `Một gương điển hình không tự nhiên xuất hiện trên mặt báo. Theo kế hoạch triển khai Đề án tuyên truyền gương điển hình tiên tiến của ngành Giáo dục, mỗi gương điển hình đi qua một hành trình nhiều bước, và các đơn vị tiếp tục theo dõi ngay cả sau khi đã tôn vinh.

::image[giang-duong]{alt="Sơ đồ năm chặng: phát hiện, lựa chọn, bồi dưỡng, tôn vinh, nhân rộng" caption="Năm chặng đường của một gương điển hình." credit="Đồ họa: Đỗ Thanh Tâm"}

## Năm chặng đường

1. **Phát hiện.** Nhà trường, phòng, sở giáo dục hoặc chính bạn đọc phát hiện một cách làm hay, một người tốt, việc tốt. Đây thường là những "nhân tố mới".
2. **Lựa chọn.** Hội đồng thi đua xem xét, đối chiếu thành tích với tiêu chuẩn, lắng nghe ý kiến tập thể.
3. **Bồi dưỡng.** Gương điển hình được tạo điều kiện học tập, chia sẻ, được theo dõi trong nhiều năm.
4. **Tôn vinh, khen thưởng.** Biểu dương, khen thưởng ở cấp phù hợp: cơ sở, tỉnh hoặc toàn quốc.
5. **Tuyên truyền, nhân rộng.** Câu chuyện được kể lại, cách làm được học theo ở nơi khác.

## Một ví dụ: cô giáo Hà Thị Lan

::exemplar[co-giao-ha-thi-lan]{note="Từ nhân tố mới năm 2018 đến điển hình toàn quốc năm 2024"}

- Năm 2018: phòng giáo dục phát hiện qua hội giảng lớp ghép.
- Năm 2019: biểu dương giáo viên tiêu biểu cấp huyện.
- Năm 2022: sáng kiến thẻ chữ song ngữ được công nhận cấp tỉnh.
- Năm 2024: Chiến sĩ thi đua cấp tỉnh, được tuyên dương toàn quốc.

## Những nguyên tắc cần nhớ

::factbox{title="Tuyên truyền thế nào cho đúng"}
- Khách quan, trung thực, tránh cường điệu, thổi phồng thành tích
- Công khai, minh bạch: mỗi danh hiệu có quyết định, số hiệu, ngày ban hành
- Người thật, việc thật: không hư cấu nhân vật, không "làm đẹp" số liệu
- Tôn trọng nhân vật: xin phép trước khi đăng ảnh, thông tin cá nhân
::end

## Vì sao cần theo dõi lâu dài?

Một gương điển hình có thể thay đổi: chuyển công tác, nghỉ hưu, hoặc có những khó khăn mới. Việc tiếp tục theo dõi giúp đơn vị hỗ trợ kịp thời, đồng thời bảo đảm những gì được tuyên truyền vẫn đúng với thực tế.

Trên Gương sáng, mỗi trang gương điển hình đều ghi rõ các mốc trong hành trình này, kèm số quyết định khen thưởng để bạn đọc có thể đối chiếu.

Đọc thêm bài [Tuyên truyền gương điển hình: khách quan trước đã](story:tuyen-truyen-guong-dien-hinh-khach-quan). Văn bản gốc của kế hoạch có trên [Cổng thông tin của Bộ Giáo dục và Đào tạo](https://moet.gov.vn).`,
  },
  {
    slug: 'infographic-truong-hoc-hanh-phuc-qua-con-so',
    title: 'Infographic: Trường học hạnh phúc qua những con số',
    dek: 'Hai ngôi trường ở hai miền, một giữa vườn dừa, một trên núi cao, cùng chọn cách lắng nghe học trò. Đây là những gì đã thay đổi.',
    format: 'infographic',
    column: 'mai-truong',
    themes: ['truong-hoc-hanh-phuc'],
    exemplars: ['truong-tieu-hoc-cau-tre', 'truong-ptdtbt-thcs-suoi-may'],
    credits: [['do-thanh-tam', 'do-hoa'], ['dinh-thi-mai', 'tac-gia'], ['lo-van-hao', 'tac-gia']],
    publishedAt: '2025-09-06T08:00:00+07:00',
    cover: 'san-truong-nang',
    coverAlt: 'Đồ họa so sánh hai ngôi trường với các biểu tượng con số',
    coverCredit: 'Đồ họa: Đỗ Thanh Tâm',
    body: `Trường học hạnh phúc không có một công thức chung. Mỗi trường bắt đầu từ điều học trò của mình cần nhất. Infographic này đặt cạnh nhau hai ngôi trường: Trường Tiểu học Cầu Tre ở miền Tây và Trường PTDTBT THCS Suối Mây ở vùng núi phía Bắc.

::image[san-truong-nang]{alt="Đồ họa hai cột so sánh Trường Tiểu học Cầu Tre và Trường PTDTBT THCS Suối Mây" caption="Hai ngôi trường, hai cách làm, cùng một mục tiêu." credit="Đồ họa: Đỗ Thanh Tâm"}

## Trường Tiểu học Cầu Tre: bắt đầu từ lá thư

::exemplar[truong-tieu-hoc-cau-tre]{note="Bằng khen của Thủ tướng Chính phủ năm 2025"}

- Hơn 1.200 lá thư của học trò từ năm 2017, tất cả đều được phản hồi.
- Giờ ra chơi giữa buổi tăng từ 15 lên 25 phút.
- Số loại sổ sách giáo viên phải ghi chép giảm khoảng một nửa.
- Mỗi tuần một buổi đọc sách cùng cha mẹ thay cho bài tập về nhà.

## Trường Suối Mây: bắt đầu từ bữa cơm

::exemplar[truong-ptdtbt-thcs-suoi-may]{note="Cờ thi đua của Bộ Giáo dục và Đào tạo năm 2024"}

- Gần 300 học trò bán trú được ăn ba bữa mỗi ngày.
- Vườn rau 600 mét vuông do học trò chăm sóc.
- Tỷ lệ bỏ học giảm từ hơn 5% xuống dưới 1% trong năm năm.
- Mỗi tối thứ Sáu có sinh hoạt văn hóa dân tộc.

## Điểm chung

::factbox{title="Ba nguyên tắc cả hai trường cùng theo"}
1. Lắng nghe: học trò có kênh để nói, và lời nói được trả lời.
2. Tôn trọng: không la mắng, không so sánh học trò với nhau.
3. An toàn: về thân thể, về tinh thần, cả trên mạng.
::end

## Cách đọc các con số

Các con số trong infographic do hai nhà trường cung cấp và được đối chiếu với báo cáo tổng kết năm học. Tỷ lệ bỏ học của Trường Suối Mây được tính theo năm học, trên tổng số học sinh đầu năm.

Chúng tôi không xếp hạng hai trường. Mỗi trường có điều kiện rất khác nhau: một trường ở đồng bằng, đông học sinh, gần trung tâm; một trường ở vùng núi, học trò phần lớn ở bán trú. Điều chúng tôi muốn cho thấy là cả hai đều bắt đầu từ những việc nhỏ, ít tốn kém.

Nhiều nhà trường khác khi học theo đã chọn bắt đầu bằng một việc duy nhất: đặt một hòm thư, mở một vườn rau, hay đơn giản là kéo dài giờ ra chơi. Sau một năm, họ mới làm thêm việc thứ hai.

Đọc bài viết đầy đủ: [Hòm thư "Con muốn nói" và một trường học hạnh phúc](story:hom-thu-con-muon-noi) và phóng sự ảnh [Bếp lửa lúc bốn giờ sáng](story:bep-lua-luc-bon-gio-sang).`,
  },
  {
    slug: 'thay-giao-dau-tien-cua-ban',
    title: 'Thầy giáo đầu tiên của bản',
    dek: 'Ký sự về thầy Hồ Văn Lành, người Vân Kiều đầu tiên của bản học sư phạm, trở về dạy học và vận động từng gia đình cho con gái đến trường.',
    format: 'ky-su',
    column: 'noi-vung-kho',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['thay-giao-ho-van-lanh'],
    credits: [['nguyen-thu-ha', 'tac-gia'], ['bui-gia-huy', 'anh']],
    publishedAt: '2024-05-16T07:00:00+07:00',
    cover: 'duong-den-truong',
    coverAlt: 'Con đường đất đỏ dẫn vào bản giữa núi rừng',
    coverCredit: 'Bùi Gia Huy',
    body: `Con đường vào bản men theo một con suối, qua ba chiếc cầu tạm bằng gỗ. Mùa mưa, nước suối dâng lên, cầu bị cuốn trôi, người trong bản phải lội. Thầy giáo Hồ Văn Lành đã đi con đường này gần như mỗi ngày trong mười lăm năm.

## Người đầu tiên cầm tấm bằng sư phạm

Thầy Lành sinh ra ở chính bản này. Hồi nhỏ, thầy là một trong số rất ít đứa trẻ của bản học hết lớp Năm. Thầy kể, ngày thầy xuống huyện học cấp hai, mẹ thầy khóc vì nghĩ con sẽ không về nữa.

Thầy về. Năm 2009, thầy cầm tấm bằng sư phạm tiểu học, trở thành người Vân Kiều đầu tiên của bản làm thầy giáo. Thầy xin về dạy ở điểm trường của bản, thuộc Trường Tiểu học và THCS Đèo Gió.

::image[chan-dung-thay-giao-1]{alt="Thầy giáo Hồ Văn Lành đứng trước điểm trường bản" caption="Thầy Lành trước điểm trường nơi chính thầy từng học." credit="Bùi Gia Huy"}

## Những đứa trẻ gái không đến lớp

Năm đầu đứng lớp, thầy để ý lớp học thiếu nhiều em gái. Hỏi ra mới biết, nhiều gia đình nghĩ con gái học vài năm biết chữ là đủ, rồi ở nhà trông em, lên nương. Có em mười hai tuổi đã được gia đình tính chuyện gả chồng.

Thầy bắt đầu đi từng nhà. Thầy không nói về luật, không nói về chỉ tiêu. Thầy kể về mẹ mình, người không biết chữ nên phải nhờ người khác đọc giấy tờ. Thầy kể về cô y sĩ người Kinh ở trạm xá, người mà cả bản quý trọng.

::pullquote{text="Tôi không thuyết phục bằng lời. Tôi chỉ cho họ thấy một người con gái biết chữ có thể làm được gì." by="Thầy Hồ Văn Lành"}

## Mười lăm năm sau

Từ chỗ chỉ vài em gái học hết tiểu học, giờ gần như mọi bé gái trong bản đều học lên trung học cơ sở. Có em đang học trung cấp y, có em học sư phạm như thầy.

Chị Hồ Thị Mai, học trò cũ của thầy, nay là giáo viên mầm non ở xã bên. Chị kể, ngày chị thi đỗ, thầy Lành đi bộ ba tiếng đến nhà chúc mừng. "Thầy còn vui hơn cả bố mẹ tôi", chị nói.

::factbox{title="Điểm trường của thầy Lành"}
- Khoảng 60 học sinh tiểu học, 100% là người Vân Kiều và Pa Kô
- 4 lớp, trong đó có 1 lớp ghép
- Học sinh nữ chiếm gần một nửa, so với khoảng một phần ba năm 2009
::end

## Những điều còn dang dở

Thầy Lành bảo, còn nhiều việc phải làm. Điểm trường vẫn chưa có nước sạch ổn định. Con đường vào bản vẫn chưa có cầu kiên cố. Một số em học lên cấp hai phải ở trọ xa nhà, gia đình chật vật lo chi phí.

Năm 2024, thầy được tuyên dương trong chương trình "Chia sẻ cùng thầy cô". Tấm bằng khen được thầy treo ở điểm trường, không phải ở nhà. "Đó là của cả bản", thầy nói.

Chiều muộn, thầy lại lội qua con suối trở về. Phía sau, tiếng học trò đọc bài vẫn còn vọng theo.`,
  },
  {
    slug: 'mua-he-tren-ban-cua-co-sinh-vien',
    title: 'Mùa hè trên bản của cô sinh viên sư phạm',
    dek: 'Bốn mùa hè liền, sinh viên Hồ Thị Thảo cùng Đội Thanh niên tình nguyện Sư phạm Trung Du lên bản mở lớp tiếng Việt cho trẻ sắp vào lớp Một.',
    format: 'ky-su',
    column: 'hoc-tro-tieu-bieu',
    themes: ['lop-hoc-than-thien'],
    exemplars: ['sinh-vien-ho-thi-thao', 'doi-tinh-nguyen-su-pham-trung-du'],
    credits: [['lo-van-hao', 'tac-gia'], ['bui-gia-huy', 'anh']],
    publishedAt: '2025-08-08T07:00:00+07:00',
    cover: 'lop-hoc-vung-cao',
    coverAlt: 'Lớp học hè tiền tiểu học trong nhà văn hóa bản',
    coverCredit: 'Bùi Gia Huy',
    body: `Tháng Bảy, khi bạn bè cùng lớp về quê nghỉ hè hoặc đi làm thêm, Hồ Thị Thảo lại xếp ba lô lên bản. Trong ba lô của cô sinh viên năm ba ngành Giáo dục tiểu học có vài bộ quần áo, một hộp bút màu và một tập bìa các-tông đã cắt sẵn.

## Lớp học trong nhà văn hóa

Lớp học hè của Thảo đặt trong nhà văn hóa bản. Không có bàn ghế, các em ngồi trên chiếu. Không có bảng đen, Thảo dán giấy khổ lớn lên vách gỗ. Hai mươi tám đứa trẻ năm, sáu tuổi, đứa nào cũng đi chân đất, mắt tròn xoe nhìn cô giáo trẻ.

Thảo là thành viên của [Đội Thanh niên tình nguyện Sư phạm Trung Du](exemplar:doi-tinh-nguyen-su-pham-trung-du). Mỗi mùa hè, đội chia thành nhiều nhóm nhỏ, mỗi nhóm ba, bốn sinh viên, lên các bản vùng cao mở lớp tiền tiểu học trong khoảng một tháng.

## Đồ dùng học tập từ hạt ngô, vỏ ốc

Thảo tự làm gần như toàn bộ đồ dùng học tập. Các em học đếm bằng hạt ngô, học so sánh nhiều ít bằng vỏ ốc suối, học chữ cái bằng những tấm thẻ bìa các-tông Thảo tô màu từ tối hôm trước.

::image[chan-dung-hoc-sinh]{alt="Sinh viên Hồ Thị Thảo hướng dẫn trẻ xếp hạt ngô thành chữ cái" caption="Những chữ cái đầu tiên được xếp bằng hạt ngô." credit="Bùi Gia Huy"}

Cô kể, điều khó nhất không phải là thiếu đồ dùng mà là ngôn ngữ. Nhiều em chưa nói được tiếng Việt. Thảo học vài câu tiếng địa phương từ các em, và nhờ một chị trong bản làm "trợ giảng" những ngày đầu.

::pullquote{text="Các em dạy lại em nhiều lắm. Em học được cách kiên nhẫn, cách nhìn mặt một đứa trẻ mà biết nó đang sợ hay đang vui." by="Sinh viên Hồ Thị Thảo"}

## Những buổi tối không có điện

Có những bản chưa có điện lưới. Buổi tối, nhóm sinh viên soạn bài dưới ánh đèn pin, ngủ trên sàn nhà văn hóa. Có đợt mưa to, đường sạt lở, cả nhóm bị kẹt lại thêm một tuần. Thảo nói đó lại là tuần vui nhất, vì các em nhỏ đến lớp cả ngày.

Bà con trong bản mang đến cho các cô giáo trẻ khi thì con gà, khi thì mớ rau, ống cơm lam. Cuối đợt, cả bản làm một bữa cơm chia tay.

::factbox{title="Lớp hè của Đội tình nguyện Sư phạm Trung Du"}
- Thành lập năm 2015
- Hơn 3.000 trẻ đã học qua các lớp hè
- Mỗi lớp khoảng 4 tuần, 5 buổi mỗi tuần
- Sinh viên tự lo chi phí đi lại, nhà trường hỗ trợ học liệu
::end

## Quyết định của cô giáo tương lai

Sau bốn mùa hè, Thảo đã quyết định: tốt nghiệp xong, cô sẽ đăng ký dạy ở vùng cao. Cô bảo, mỗi khi nghe tin một đứa trẻ từng học lớp hè của mình đọc thông viết thạo ở lớp Một, cô thấy con đường mình chọn là đúng.

Đọc thêm về cô giáo [Hà Thị Lan](exemplar:co-giao-ha-thi-lan), người đã cắm bản mười tám năm, và bài dự thi "Mùa hè không nghỉ" của một đồng đội của Thảo trong cuộc thi [Người thầy trong tôi](contest:nguoi-thay-trong-toi-2025).`,
  },
  {
    slug: 'tu-sach-dau-kenh',
    title: 'Tủ sách đầu kênh của bà Tư',
    dek: 'Một người bán tạp hóa ở đầu kênh biến mái hiên nhà thành tủ sách cộng đồng cho học trò đọc trong lúc chờ đò.',
    format: 'phong-su',
    column: 'noi-vung-kho',
    themes: ['thu-vien-xanh'],
    exemplars: ['ba-nguyen-thi-tu'],
    credits: [['dinh-thi-mai', 'tac-gia'], ['tran-minh-khang', 'anh']],
    publishedAt: '2024-04-21T08:00:00+07:00',
    cover: 'song-nuoc-mien-tay',
    coverAlt: 'Bến đò đầu kênh buổi sớm, học trò đứng chờ',
    coverCredit: 'Trần Minh Khang',
    body: `Sáu giờ sáng, bến đò đầu kênh đã đông học trò. Chiếc đò máy phải chờ đủ khách mới chạy, có hôm mười lăm phút, có hôm nửa tiếng. Trong lúc chờ, bọn trẻ không chạy nhảy quanh bến như trước. Chúng ngồi thành hàng dưới mái hiên tiệm tạp hóa của bà Nguyễn Thị Tư, mỗi đứa một cuốn sách.

## Từ một thùng sách cũ

Bà Tư năm nay sáu mươi tám tuổi, bán tạp hóa ở đầu kênh đã hơn ba mươi năm. Bà kể, bà vốn không đọc nhiều. Nhưng mỗi sáng nhìn học trò đứng chờ đò, đứa thì nghịch điện thoại của anh chị, đứa thì đùa nghịch sát mép nước, bà thấy lo.

Năm 2023, đứa cháu ngoại của bà dọn nhà, bỏ ra một thùng truyện cũ. Bà xin lại, kê một chiếc tủ gỗ dưới mái hiên, xếp sách vào. Bà viết một tấm bìa: "Sách cho học trò đọc, đọc xong để lại chỗ cũ".

::image[thu-vien-xanh]{alt="Chiếc tủ sách gỗ dưới mái hiên tiệm tạp hóa" caption="Tủ sách không có khóa, chỉ có một cuốn sổ." credit="Trần Minh Khang"}

## Cuốn sổ do học trò tự ghi

Tủ sách của bà Tư không có khóa. Bên cạnh tủ là một cuốn sổ học trò tự ghi tên sách mượn, ngày mượn, ngày trả. Bà Tư không biết nhiều chữ, nên giao việc giữ sổ cho một em lớp Năm. Mỗi năm học, "thủ thư" lại được bầu mới.

Người quen, rồi cả người lạ nghe chuyện, mang sách đến tặng. Một thầy giáo tiểu học trong xã gửi cả bộ truyện cổ tích. Đến nay, tủ sách có gần một nghìn cuốn, phải đóng thêm hai chiếc kệ.

::pullquote{text="Tôi không biết đọc nhiều, nhưng tôi biết đứa nhỏ nào đọc sách thì đứa đó ngồi yên, không ra mép nước." by="Bà Nguyễn Thị Tư"}

## Những thay đổi nhỏ

Thầy giáo Trần Văn Sang, giáo viên một trường tiểu học trong vùng, nói ông thấy rõ sự khác biệt. Học trò hay kể lại truyện đã đọc trong giờ nói và nghe. Có em trước đây rất ngại đọc, giờ tự xin thêm sách ở thư viện trường.

Thầy Sang đã viết về bà Tư trong bài dự thi "Người giữ tủ sách đầu kênh", đạt giải Ba cuộc thi [Người thầy trong tôi](contest:nguoi-thay-trong-toi-2025). Thầy viết: "Bà không phải là giáo viên, nhưng bà đang làm việc của người thầy".

## Điều bà Tư mong

Hỏi bà cần gì nhất, bà Tư nghĩ một lúc rồi nói: một tấm bạt che mưa tốt hơn, vì mùa mưa nước hắt vào làm ẩm sách. Và sách cho học trò lớn hơn, vì các em lên cấp hai vẫn ghé đọc.

::factbox{title="Tủ sách đầu kênh"}
- Bắt đầu từ năm 2023 với khoảng 50 cuốn
- Hiện có gần 1.000 cuốn, phần lớn do người dân tặng
- Mở cửa từ 5 giờ 30 sáng đến 6 giờ tối mỗi ngày
- Năm 2025 được biểu dương "Người tốt, việc tốt" cấp tỉnh
::end

Đò đến. Bọn trẻ vội vàng trả sách vào tủ, xếp lại ngay ngắn rồi chạy ra bến. Bà Tư đứng nhìn theo, tay phủi bụi trên gáy sách.`,
  },
  {
    slug: 'cam-bien-man-cua-ngoc',
    title: 'Bộ cảm biến mặn của cô học trò lớp 11',
    dek: 'Thấy lúa của bà ngoại bị cháy vì nước mặn, Trần Bảo Ngọc cùng bạn chế tạo bộ cảm biến gửi tin nhắn cảnh báo cho nông dân.',
    format: 'phong-su',
    column: 'hoc-tro-tieu-bieu',
    themes: ['doi-moi-sang-tao', 'chuyen-doi-so'],
    exemplars: ['hoc-sinh-tran-bao-ngoc', 'to-toan-tin-thpt-lam-hong'],
    credits: [['ngo-phuong-linh', 'tac-gia'], ['bui-gia-huy', 'anh'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2025-03-08T08:00:00+07:00',
    updatedAt: '2025-03-09T09:00:00+07:00',
    cover: 'phong-thi-nghiem',
    coverAlt: 'Nữ sinh kiểm tra bộ cảm biến trong phòng thí nghiệm',
    coverCredit: 'Bùi Gia Huy',
    body: `Trên bờ ruộng ven sông, một chiếc hộp nhựa nhỏ được cắm trên cọc tre. Bên trong là bo mạch, pin và một module gửi tin nhắn. Hai que kim loại cắm sâu xuống nước ruộng. Đây là bộ cảm biến đo độ mặn do [Trần Bảo Ngọc](exemplar:hoc-sinh-tran-bao-ngoc), học sinh lớp 11 Trường THPT Lam Hồng, chế tạo.

## Ruộng lúa của bà ngoại

Mùa khô năm 2023, nước mặn theo sông vào sâu hơn mọi năm. Ruộng lúa của bà ngoại Ngọc bị cháy gần một nửa. Bà kể, bà đã tháo nước vào ruộng như mọi năm, không biết nước hôm ấy đã mặn.

"Nếu bà biết trước vài tiếng thôi thì đã không mất lúa", Ngọc nói. Câu nói ấy trở thành điểm khởi đầu cho đề tài nghiên cứu khoa học của em.

## Từ phòng thí nghiệm ra cánh đồng

Ngọc rủ thêm một người bạn cùng lớp. Hai em được thầy cô [Tổ Toán – Tin](exemplar:to-toan-tin-thpt-lam-hong) của trường hướng dẫn phần lập trình, giáo viên Vật lý hướng dẫn phần đo điện trở của nước.

Quá trình làm đề tài kéo dài gần một năm:

1. Tìm hiểu nguyên lý đo độ mặn qua độ dẫn điện của nước.
2. Lắp thử mạch đo trong phòng thí nghiệm, so sánh với máy đo chuẩn.
3. Viết chương trình gửi tin nhắn khi độ mặn vượt ngưỡng.
4. Đặt thử ba bộ cảm biến ở ruộng của bà và hai nhà hàng xóm.
5. Ghi chép, hiệu chỉnh sau mỗi đợt triều cường.

::image[chan-dung-hoc-sinh]{alt="Trần Bảo Ngọc cầm bộ cảm biến bên ruộng lúa" caption="Bộ cảm biến được đặt thử ở ba thửa ruộng trong mùa khô năm 2024." credit="Bùi Gia Huy"}

## Tin nhắn lúc nửa đêm

Đêm đầu tiên thử nghiệm, điện thoại của bà ngoại Ngọc báo tin nhắn lúc gần một giờ sáng: "Nước ruộng mặn, không nên lấy nước". Bà gọi cho cháu, giọng vừa mừng vừa lo. Sáng hôm sau, cả xóm kéo đến xem chiếc hộp nhỏ.

::pullquote{text="Em không nghĩ mình làm được gì to tát. Em chỉ muốn bà không phải mất lúa nữa." by="Trần Bảo Ngọc"}

## Giải thưởng và những câu hỏi mới

Đề tài của Ngọc đạt giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh năm 2024. Một hợp tác xã nông nghiệp đã đề nghị thử nghiệm thêm mười bộ cảm biến trong mùa khô năm 2025.

Tuy vậy, Ngọc thẳng thắn nói bộ cảm biến còn nhiều hạn chế. Que đo bị ăn mòn sau vài tháng, pin phải thay thường xuyên, và tin nhắn đôi khi đến chậm khi sóng yếu. Em đang tìm cách dùng pin mặt trời và vật liệu que đo bền hơn.

::factbox{title="Bộ cảm biến mặn"}
- Chi phí linh kiện khoảng 600.000 đồng mỗi bộ
- Đo mỗi 15 phút, gửi tin nhắn khi vượt ngưỡng cài đặt
- Đã thử nghiệm ở 3 thửa ruộng trong mùa khô năm 2024
::end

Cô giáo chủ nhiệm của Ngọc nói điều cô quý nhất ở học trò mình là sự trung thực: em không bao giờ nói sản phẩm của mình hoàn hảo.`,
  },
  {
    slug: 'tuyen-truyen-guong-dien-hinh-khach-quan',
    title: 'Tuyên truyền gương điển hình: khách quan trước đã',
    dek: 'Một câu chuyện đẹp chỉ có sức lan tỏa khi nó đúng. Vài nguyên tắc mà người viết về gương điển hình trong ngành Giáo dục cần giữ.',
    format: 'bai-viet',
    column: 'goc-nhin',
    themes: ['doi-moi-sang-tao'],
    exemplars: [],
    credits: [['hoang-duc-long', 'tac-gia']],
    publishedAt: '2023-04-25T09:00:00+07:00',
    cover: 'giang-duong',
    coverAlt: 'Giảng đường với hàng ghế trống',
    coverCredit: 'Gương sáng',
    seo: { description: 'Góc nhìn về cách viết về gương điển hình tiên tiến trong ngành Giáo dục: khách quan, trung thực, công khai và tôn trọng nhân vật.' },
    sources: [
      { title: 'Quyết định 1526/QĐ-TTg ngày 09/12/2022 phê duyệt Đề án "Tuyên truyền gương điển hình tiên tiến giai đoạn 2022–2025"', outlet: 'Thủ tướng Chính phủ' },
      { title: 'Kế hoạch 595/KH-BGDĐT ngày 10/4/2023', outlet: 'Bộ Giáo dục và Đào tạo' },
      { title: 'Luật Thi đua, khen thưởng số 06/2022/QH15', outlet: 'Quốc hội' },
    ],
    body: `Ai làm báo giáo dục lâu năm cũng từng gặp cảnh này: một bài viết về thầy cô, học trò được chia sẻ rất nhiều, rồi vài ngày sau có người lên tiếng rằng chi tiết này chưa đúng, con số kia bị thổi phồng. Cái giá phải trả không chỉ là uy tín của tờ báo, mà còn là niềm tin của người đọc vào chính những tấm gương thật.

## Đề án đã nói rõ

Quyết định phê duyệt Đề án tuyên truyền gương điển hình tiên tiến giai đoạn 2022–2025 yêu cầu công tác tuyên truyền phải khách quan, trung thực, tránh cường điệu, thổi phồng thành tích. Kế hoạch triển khai của ngành Giáo dục cũng nhấn mạnh việc phát hiện kịp thời, bồi dưỡng và tiếp tục theo dõi các gương điển hình sau khi đã tôn vinh.

Những yêu cầu ấy nghe có vẻ hiển nhiên. Nhưng trong thực tế, áp lực phải có bài "hay", phải có chi tiết "cảm động" đôi khi khiến người viết đi quá đà.

## Năm điều chúng tôi tự đặt ra

1. **Không dùng từ "nhất" khi không có căn cứ.** "Cô giáo trẻ nhất", "ngôi trường khó khăn nhất" là những cụm từ rất dễ sai.
2. **Mỗi danh hiệu phải có quyết định.** Khi nhắc đến một danh hiệu, chúng tôi ghi rõ số quyết định, ngày ban hành, cơ quan ban hành.
3. **Gửi lại cho nhân vật kiểm tra.** Trước khi đăng, nhân vật và nhà trường được đọc lại phần thông tin về mình.
4. **Nói cả những điều chưa làm được.** Một gương điển hình thật luôn có khó khăn, hạn chế; giấu đi chỉ khiến câu chuyện kém tin cậy.
5. **Tôn trọng đời tư.** Không đăng địa chỉ nhà, hoàn cảnh gia đình khi nhân vật không đồng ý; đặc biệt cẩn trọng với học sinh.

::pullquote{text="Một câu chuyện đẹp chỉ có sức lan tỏa khi nó đúng." by="Ban biên tập Gương sáng"}

## Về những câu chuyện "quá cảm động"

Chúng tôi từng nhận được bài cộng tác kể về một thầy giáo "đi bộ năm mươi cây số mỗi ngày". Khi kiểm tra, quãng đường thực tế là năm cây số. Năm cây số đường núi mỗi ngày đã là một sự hy sinh lớn. Con số năm mươi không làm thầy giáo ấy đáng quý hơn, nó chỉ khiến người đọc nghi ngờ.

### Người thật, việc thật

Các cuộc thi viết về gương điển hình thường yêu cầu "người thật, việc thật", không hư cấu. Đó cũng là nguyên tắc của chúng tôi. Riêng dữ liệu mẫu trên trang này được xây dựng với nhân vật hư cấu để minh họa cách trình bày, và điều đó được ghi rõ ở chân trang.

## Công khai để bạn đọc tự kiểm chứng

Trên Gương sáng, mỗi trang gương điển hình có mục khen thưởng ghi rõ quyết định. Bạn đọc có thể đối chiếu, và nếu thấy thông tin chưa chính xác, xin hãy báo cho chúng tôi qua [lienhe@guong-sang.example](mailto:lienhe@guong-sang.example) hoặc số điện thoại [024 0000 0595](tel:+842400000595).

Xem thêm: [Hành trình của một gương điển hình](story:infographic-hanh-trinh-mot-guong-dien-hinh).`,
  },
  {
    slug: 'doc-cham-o-lam-hong',
    title: '"Đọc chậm" ở Lam Hồng',
    dek: 'Câu lạc bộ của cô giáo Trần Thị Thu Hiền có quy ước giản dị: mỗi tháng đọc một cuốn sách và viết một trang về quê mình.',
    format: 'bai-viet',
    column: 'guong-mat-nha-giao',
    themes: ['thu-vien-xanh', 'doi-moi-sang-tao'],
    exemplars: ['co-giao-tran-thi-thu-hien'],
    credits: [['ngo-phuong-linh', 'tac-gia'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2024-10-20T08:00:00+07:00',
    cover: 'thu-vien-xanh',
    coverAlt: 'Học sinh ngồi đọc sách trong thư viện trường',
    coverCredit: 'Ngô Phương Linh',
    republishedFrom: { outlet: 'Tập san Văn học và Nhà trường (giả định)', url: 'https://tapsan-vanhoc.example/doc-cham-o-lam-hong', originalDate: '2024-09-15' },
    body: `Chiều thứ Sáu cuối tháng, phòng thư viện Trường THPT Lam Hồng kín chỗ. Khoảng ba mươi học sinh ngồi thành vòng tròn, mỗi em cầm một tờ giấy viết tay. Cô giáo [Trần Thị Thu Hiền](exemplar:co-giao-tran-thi-thu-hien) ngồi lẫn giữa các em, không đứng trên bục.

"Bạn nào đọc trước nào?", cô hỏi. Một nữ sinh lớp 10 rụt rè giơ tay, đọc trang viết về bến đò nơi mẹ em từng buôn bán.

## Quy ước của câu lạc bộ

Câu lạc bộ "Đọc chậm" ra đời năm 2018. Cô Hiền kể, cô đặt tên như vậy vì thấy học trò đọc quá nhanh: lướt điện thoại, đọc tóm tắt, đọc để thi. Cô muốn các em đọc chậm lại, đọc để hiểu và để nghĩ.

Câu lạc bộ có ba quy ước:

- Mỗi tháng cùng đọc một cuốn sách do các thành viên bình chọn.
- Mỗi người viết một trang về quê mình, lấy cảm hứng từ cuốn sách.
- Không chấm điểm, không khen chê; chỉ đọc và lắng nghe.

## Viết về quê để hiểu mình

Điều đặc biệt ở "Đọc chậm" là phần viết. Đọc một cuốn sách về làng quê, học trò viết về ông bà mình. Đọc một cuốn về chiến tranh, học trò đi hỏi chuyện những người lính già trong xóm. Cô Hiền gọi đó là "đọc sách để đọc quê".

Sau sáu năm, câu lạc bộ đã in ba tập bài viết của học sinh. Tập gần nhất có tên *Bến sông và những người ở lại*, gồm 46 bài viết.

::pullquote{text="Viết về bà, em mới biết bà từng đi học lớp bình dân học vụ. Em chưa bao giờ hỏi." by="Một thành viên câu lạc bộ Đọc chậm"}

## Những thay đổi cô Hiền thấy được

Cô Hiền nói cô không đo được câu lạc bộ đã giúp điểm Ngữ văn của học trò tăng bao nhiêu. Nhưng cô thấy các em viết tự nhiên hơn, dùng những chi tiết thật thay vì những câu văn mẫu. Nhiều em nói chuyện với ông bà, cha mẹ nhiều hơn.

Đồng nghiệp của cô, giáo viên Ngô Phương Linh, cũng là tác giả bài viết này, kể rằng học trò của câu lạc bộ thường là những em đến thư viện nhiều nhất trường.

::factbox{title="Câu lạc bộ Đọc chậm"}
- Thành lập năm 2018, khoảng 30 thành viên mỗi năm
- Đã cùng đọc hơn 60 cuốn sách
- In 3 tập bài viết của học sinh
::end

## Một trang về quê

Năm 2024, cô Hiền được Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen. Khi được hỏi muốn nói gì với đồng nghiệp, cô chỉ khuyên: hãy để học trò viết về những gì các em thật sự biết.

Bài viết được đăng lần đầu trên một tập san chuyên ngành và được đăng lại trên Gương sáng với sự đồng ý của tác giả.`,
  },
  {
    slug: 'nhung-nguoi-giu-lua-bien-cuong',
    title: 'Những người giữ lửa nơi biên cương',
    dek: 'Longform về những thầy cô, nhân viên và học trò ở các trường bán trú vùng biên: bữa cơm, lớp ghép, con đường mười cây số và những ước mơ.',
    format: 'longform',
    column: 'tri-an-thay-co',
    themes: ['chia-se-cung-thay-co', 'truong-hoc-hanh-phuc'],
    exemplars: ['thay-giao-mua-a-sinh', 'co-sung-thi-my', 'hoc-sinh-giang-a-chu', 'truong-ptdtbt-thcs-suoi-may'],
    credits: [['lo-van-hao', 'tac-gia'], ['bui-gia-huy', 'anh'], ['do-thanh-tam', 'do-hoa'], ['hoang-duc-long', 'bien-tap']],
    publishedAt: '2025-11-17T07:00:00+07:00',
    cover: 'ruong-bac-thang',
    coverAlt: 'Ruộng bậc thang và trường bán trú nằm lưng chừng núi',
    coverCredit: 'Bùi Gia Huy',
    featured: true,
    body: `Trường PTDTBT THCS Suối Mây nằm lưng chừng núi, cách biên giới không xa. Mỗi chiều Chủ nhật, từ các bản xa, những tốp học trò đeo gùi, xách túi gạo lần lượt trở lại trường. Có em đi bộ ba tiếng, có em bốn tiếng. Ở cổng trường, thầy cô đã đứng đợi.

## Phần một: Con đường

[Giàng A Chư](exemplar:hoc-sinh-giang-a-chu) năm nay học lớp 9. Nhà em cách trường hơn mười cây số, trong đó một nửa là đường dốc đá. Mỗi chiều thứ Sáu, Chư đi bộ về bản. Sáng Chủ nhật, em lại đi bộ trở lại, mang theo gạo, rau và vài quả trứng mẹ gửi.

Chư không coi đó là khó khăn. "Đi quen rồi. Vừa đi vừa nhẩm công thức Toán", em cười. Năm 2024, Chư đạt giải Nhì học sinh giỏi Toán cấp tỉnh. Cuối tuần ở bản, em kèm các em nhỏ học bài.

::image[duong-den-truong]{alt="Học trò đeo gùi đi trên con đường núi về trường" caption="Con đường mười cây số của Giàng A Chư mỗi cuối tuần." credit="Bùi Gia Huy"}

## Phần hai: Bữa cơm

Ở trường, hơn 300 học trò ở bán trú. Căn bếp của cô [Sùng Thị Mỷ](exemplar:co-sung-thi-my) đỏ lửa từ bốn giờ sáng. Thầy hiệu trưởng nói thẳng: nhiều năm trước, học trò bỏ học không phải vì học kém mà vì đói, vì rét, vì nhớ nhà.

Nhà trường đã làm những việc rất cụ thể:

- Cải thiện bữa ăn bằng vườn rau, đàn gà do thầy trò tự chăm.
- Sửa lại phòng ở, lắp thêm chăn, đệm cho mùa đông.
- Tổ chức sinh hoạt văn hóa dân tộc mỗi tối thứ Sáu.
- Phân công thầy cô trực đêm, trò chuyện với học trò nhớ nhà.

::pullquote{text="Giữ được học trò ở lại trường là việc đầu tiên. Dạy giỏi là việc thứ hai." by="Hiệu trưởng Trường PTDTBT THCS Suối Mây"}

## Phần ba: Lớp học

Thầy [Mùa A Sinh](exemplar:thay-giao-mua-a-sinh) là cựu học sinh của trường. Nhóm "Toán ở bản" của thầy đưa học trò ra ruộng đo diện tích, đếm đàn gia súc. Thầy nói, khi học trò thấy bài học gắn với cuộc sống của mình, các em tự tìm đến lớp.

::gallery[lop-hoc-vung-cao,bep-ban-tru,ruong-bac-thang]{caption="Lớp học, căn bếp và thửa ruộng, ba không gian của một ngôi trường bán trú." alts="Học trò giơ tay phát biểu trong giờ Toán|Cô cấp dưỡng chia cơm cho học trò|Học trò đo ruộng bậc thang bằng thước dây" credit="Bùi Gia Huy"}

### Những con số của năm năm

::factbox{title="Trường PTDTBT THCS Suối Mây, 2020–2025"}
- Tỷ lệ bỏ học giảm từ hơn 5% xuống dưới 1%
- Gần 400 học sinh, hơn 300 em ở bán trú
- 100% học sinh lớp 9 tốt nghiệp trung học cơ sở trong ba năm gần đây
- Cờ thi đua của Bộ Giáo dục và Đào tạo năm 2024
::end

## Phần bốn: Những điều còn thiếu

Trường vẫn còn nhiều khó khăn. Phòng ở bán trú chật, mùa đông vẫn rét. Nhiều thầy cô trẻ ở xa gia đình, mỗi tháng chỉ về nhà một lần. Đường từ các bản đến trường chưa được cứng hóa hết.

Khi được hỏi về đề xuất, thầy cô nhà trường không xin gì lớn. Họ mong có thêm một nhà tắm nước nóng cho học trò, và những chuyến xe đưa đón các em ở bản xa nhất vào mùa mưa lũ.

## Phần năm: Ước mơ

Chư muốn trở thành giáo viên Toán như thầy Sinh. Em bảo em sẽ quay lại trường này. Cô Mỷ mong các con học xong có việc làm, "đừng ai phải bỏ học giữa chừng như cô ngày xưa".

Trời tối dần. Tiếng khèn từ buổi sinh hoạt tối thứ Sáu vang lên ở sân trường. Trên núi, những ngọn lửa nhỏ của các bản xa bắt đầu thắp sáng.

::exemplar[truong-ptdtbt-thcs-suoi-may]{note="Cờ thi đua của Bộ Giáo dục và Đào tạo năm 2024"}

Đọc thêm: [Toán ở bản](story:toan-o-ban) và [Bếp lửa lúc bốn giờ sáng](story:bep-lua-luc-bon-gio-sang).`,
  },
  {
    slug: 'tu-sau-diem-le-den-ba-diem-truong',
    title: 'Từ sáu điểm lẻ đến ba điểm trường kiên cố',
    dek: 'Cô hiệu trưởng Đinh Thị Thu Trang đã vận động xã hội hóa minh bạch, gom những lớp học tre nứa thành ba điểm trường mầm non kiên cố ở vùng chè.',
    format: 'longform',
    column: 'mai-truong',
    themes: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
    exemplars: ['co-hieu-truong-dinh-thi-thu-trang', 'co-giao-lu-thi-hoa'],
    credits: [['lo-van-hao', 'tac-gia'], ['tran-minh-khang', 'anh'], ['le-hoai-an', 'bien-tap']],
    publishedAt: '2026-01-12T07:30:00+07:00',
    cover: 'doi-che',
    coverAlt: 'Điểm trường mầm non mới giữa đồi chè',
    coverCredit: 'Trần Minh Khang',
    body: `Năm 2016, khi cô Đinh Thị Thu Trang nhận quyết định làm hiệu trưởng Trường Mầm non Họa Mi, trường có sáu điểm lẻ. Ba điểm là nhà tạm bằng tre nứa, mái lợp fibro xi măng. Mùa mưa, cô giáo phải kê bàn lên cao, bế trẻ sang nhà dân trú.

Mười năm sau, trường có ba điểm kiên cố, mỗi điểm có bếp một chiều, sân chơi lát cỏ nhân tạo và nhà vệ sinh đúng chuẩn.

## Công khai từng đồng

Cô Trang kể, khó nhất không phải là tìm tiền mà là tạo niềm tin. Bà con vùng chè không giàu, người góp được vài trăm nghìn, người góp ngày công. Cô quyết định công khai mọi khoản.

Mỗi khoản đóng góp được ghi lên bảng tin ở cổng trường và gửi vào nhóm tin nhắn của phụ huynh. Mỗi lần mua vật liệu, cô chụp ảnh hóa đơn. Cuối mỗi đợt, một tổ giám sát gồm đại diện phụ huynh và trưởng bản cùng kiểm tra.

::pullquote{text="Bà con góp một viên gạch thì phải nhìn thấy viên gạch ấy nằm ở đâu." by="Cô Đinh Thị Thu Trang, Hiệu trưởng"}

## Ba năm gom điểm

Việc gom điểm không dễ. Nhiều phụ huynh lo con nhỏ phải đi xa hơn. Cô Trang cùng chính quyền xã tổ chức nhiều buổi họp bản, nghe từng ý kiến. Cuối cùng, các bên thống nhất giữ ba điểm ở ba cụm dân cư đông nhất, và tổ chức nhóm phụ huynh thay phiên đưa đón.

### Những mốc chính

1. Năm 2017: công khai kế hoạch, lập tổ giám sát phụ huynh.
2. Năm 2019: hoàn thành điểm trường thứ nhất với bốn phòng học.
3. Năm 2021: hoàn thành điểm thứ hai, có bếp một chiều.
4. Năm 2023: hoàn thành điểm thứ ba và sân chơi chung.

::gallery[doi-che,san-truong-nang,bep-ban-tru]{caption="Điểm trường mới, sân chơi và bếp một chiều của Trường Mầm non Họa Mi." alts="Dãy phòng học mầm non mái đỏ giữa đồi chè|Trẻ chơi trên sân cỏ nhân tạo|Bếp một chiều sạch sẽ với khu sơ chế riêng" credit="Trần Minh Khang"}

## Lớp học của cô Hoa

Ở điểm trường chính, cô giáo [Lù Thị Hoa](exemplar:co-giao-lu-thi-hoa) dạy lớp năm tuổi. Cô dùng đồng dao, trò chơi dân gian Thái để trẻ làm quen tiếng Việt. Cô nói, phòng học mới giúp cô có chỗ treo tranh, bày góc chơi, điều mà trước đây trong lớp tre nứa cô không dám nghĩ đến.

Phương pháp của cô Hoa đã được nhân rộng ra cả ba điểm trường. Mỗi sáng, các lớp đều bắt đầu bằng một bài đồng dao song ngữ.

::factbox{title="Trường Mầm non Họa Mi"}
- 3 điểm trường kiên cố, 11 nhóm lớp
- Khoảng 320 trẻ, hơn 90% là con em đồng bào Thái và Mông
- 100% trẻ năm tuổi được làm quen tiếng Việt trước khi vào lớp Một
- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2023
::end

## Điều cô Trang học được

Cô Trang nói cô học được nhiều nhất từ những buổi họp bản. Có người phản đối gay gắt, có người nghi ngờ. Nhưng khi mọi thứ được công khai, nghi ngờ dần biến thành ủng hộ.

Cô không nhận hết công lao về mình. "Ba điểm trường này là của bà con. Tôi chỉ là người ghi sổ", cô nói.

::exemplar[co-hieu-truong-dinh-thi-thu-trang]{note="Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2023"}`,
  },
  {
    slug: 'thu-vien-xanh-giua-pho',
    title: 'Thư viện xanh dưới gầm cầu thang',
    dek: 'Phóng sự ảnh ở Trường Tiểu học Ngọc Lan, nơi góc cầu thang thành thư viện xanh và lớp 4A tự quản bằng "hội đồng lớp".',
    format: 'phong-su-anh',
    column: 'mai-truong',
    themes: ['thu-vien-xanh', 'lop-hoc-than-thien'],
    exemplars: ['co-giao-le-ngoc-bich', 'lop-4a-tieu-hoc-ngoc-lan'],
    credits: [['tran-minh-khang', 'anh'], ['nguyen-thu-ha', 'tac-gia']],
    publishedAt: '2026-02-27T08:00:00+07:00',
    cover: 'pho-phuong-sang',
    coverAlt: 'Con phố cũ buổi sáng trước cổng trường tiểu học',
    coverCredit: 'Trần Minh Khang',
    body: `Trường Tiểu học Ngọc Lan nằm trong một con phố cũ, sân trường nhỏ đến mức giờ ra chơi các lớp phải chia ca. Không có đất để xây thư viện mới, cô giáo [Lê Ngọc Bích](exemplar:co-giao-le-ngoc-bich) để mắt đến khoảng trống dưới gầm cầu thang.

::gallery[thu-vien-xanh,pho-phuong-sang,san-truong-nang]{caption="Thư viện xanh của Trường Tiểu học Ngọc Lan giữa lòng phố cũ." alts="Kệ sách thấp và chậu cây xanh dưới gầm cầu thang|Cổng trường nhìn từ con phố cũ|Học trò ngồi đọc sách trên thảm" credit="Trần Minh Khang"}

## Góc nhỏ thành thư viện

Năm 2021, cô Bích cùng phụ huynh dọn sạch gầm cầu thang, trải thảm, đóng kệ sách thấp vừa tầm tay học trò lớp Một. Cô đặt thêm chậu cây, treo đèn vàng. Học trò gọi đó là "thư viện xanh".

Sách được xếp theo màu: truyện tranh gáy đỏ, sách khoa học gáy xanh, sách cổ tích gáy vàng. Cô Bích nói, cách xếp ấy giúp các em nhỏ chưa đọc thạo vẫn tìm được sách mình thích.

::image[chan-dung-co-giao-2]{alt="Cô giáo Lê Ngọc Bích xếp sách lên kệ" caption="Cô Bích xếp sách theo màu gáy để học trò nhỏ dễ tìm." credit="Trần Minh Khang"}

## Đổi giấy vụn lấy sách

Để có thêm sách, cô Bích khởi xướng phong trào "đổi giấy vụn lấy sách". Mỗi tháng một lần, học trò mang giấy vụn, vỏ hộp đến trường. Tiền bán giấy vụn được dùng mua sách mới do chính học trò bình chọn.

::factbox{title="Thư viện xanh Ngọc Lan"}
- Khoảng 3.000 cuốn sách
- Mỗi năm thu gom vài tấn giấy vụn
- Hơn 300 đầu sách mới mỗi năm từ phong trào đổi giấy vụn
::end

## Lớp 4A và hội đồng lớp

Ở tầng hai, ngay trên thư viện xanh, là lớp 4A. Lớp có 38 học sinh và một "hội đồng lớp" năm bạn được bầu luân phiên mỗi tuần. Hội đồng điều hành giờ sinh hoạt, phân việc trực nhật, đón bạn mới chuyển đến.

::gallery[lop-hoc-vung-cao,le-tuyen-duong]{caption="Giờ sinh hoạt của lớp 4A do hội đồng lớp điều hành." alts="Học trò lớp 4A giơ tay biểu quyết|Hội đồng lớp trao giấy khen tự làm cho bạn" credit="Trần Minh Khang"}

Mỗi học sinh giữ một việc chung: tưới cây ở thư viện xanh, nhắc bạn đọc sách, ghi sổ mượn trả. Cô chủ nhiệm nói, quy tắc quan trọng nhất của lớp là "không bạn nào bị bỏ lại". Khi một bạn ốm nghỉ học, hội đồng lớp phân công người chép bài mang đến nhà.

::pullquote{text="Con thích nhất tuần con được làm hội đồng lớp, vì các bạn nghe con nói." by="Một học sinh lớp 4A"}

## Thư viện không cần rộng

Cô Bích nói, nhiều người đến thăm ngạc nhiên vì thư viện quá nhỏ. Nhưng với cô, thư viện không cần rộng, chỉ cần ở gần học trò. Gầm cầu thang là nơi học trò đi qua nhiều lần nhất mỗi ngày.

Cùng mô hình, đọc thêm phóng sự ảnh [Thư viện dưới tán đước](story:thu-vien-duoi-tan-duoc) ở Cà Mau.`,
  },
]
