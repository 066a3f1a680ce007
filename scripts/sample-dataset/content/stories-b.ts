// Sample stories, set B (22 stories). ORIGINAL writing about CLEARLY FICTIONAL people, schools and
// places: every exemplar, school, bản, xã and quote below is invented for the sample dataset; only
// the provinces and the emulation movements are real. Markup: see ../markup.ts.

import type { StoryInput } from './types.ts'

export const storiesB: StoryInput[] = [
  // 1 ─ phóng sự ─ Nơi vùng khó
  {
    slug: 'duong-den-truong',
    title: 'Đường đến trường',
    dek: 'Mỗi sáng thứ Hai, mười bảy học trò bản Ra Ly vượt đèo Gió để đến lớp. Đi cùng các em là thầy giáo Hồ Văn Lành, người Vân Kiều đầu tiên của bản học xong sư phạm và trở về dạy học.',
    format: 'phong-su',
    column: 'noi-vung-kho',
    themes: ['chia-se-cung-thay-co', 'lop-hoc-than-thien'],
    exemplars: ['thay-giao-ho-van-lanh'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['bui-gia-huy', 'anh'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2024-10-28T06:30:00+07:00',
    updatedAt: '2024-11-02T09:15:00+07:00',
    featured: true,
    cover: 'duong-den-truong',
    coverAlt: 'Con đường đất đỏ men theo sườn núi dẫn lên đèo, sương phủ kín thung lũng phía dưới',
    coverCaption: 'Con đường mòn qua đèo Gió, lối đến trường của học trò bản Ra Ly.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    seo: {
      title: 'Đường đến trường: vượt đèo Gió cùng học trò bản Ra Ly',
      description: 'Phóng sự về mười bảy học trò Vân Kiều vượt đèo mỗi sáng thứ Hai và người thầy đi cùng các em suốt sáu năm qua.',
    },
    body: `
Năm giờ sáng thứ Hai, bản Ra Ly còn chìm trong sương. Ánh đèn pin đầu tiên loé lên ở đầu con dốc đất, rồi thêm một chiếc, hai chiếc nữa. Mười bảy học trò, đứa lớn nhất học lớp 9, đứa nhỏ nhất mới vào lớp 3, tập trung dưới gốc cây gạo trước nhà văn hóa bản. Mỗi em đeo một chiếc gùi nhỏ đựng gạo và sách vở cho cả tuần ở bán trú. Từ đây đến Trường Tiểu học và THCS Đèo Gió là chừng tám cây số, trong đó có gần ba cây số vượt đèo.

Thầy giáo Hồ Văn Lành đã có mặt từ trước. Thầy dạy ở điểm trường ngay trong bản, nhưng sáng thứ Hai nào thầy cũng cùng học trò lớn vượt đèo xuống điểm trường chính để dự lễ chào cờ và họp chuyên môn. Thầy đứng lớp ở bản đã mười lăm năm; riêng việc cùng học trò vượt đèo thì thầy làm đều đặn sáu năm nay, từ khi các em lớn phải xuống học bán trú ở điểm trường chính.

## Tám cây số và một con đèo

Con đường mòn men theo sườn núi, một bên là vách đá, một bên là rừng keo. Mùa mưa, bùn ngập đến mắt cá, nhiều đoạn phải bám vào rễ cây mà đi. Chúng tôi đi cùng đoàn vào một sáng cuối tháng Mười, khi mưa đã ngớt nhưng đèo vẫn trơn.

Thầy Lành đi sau cùng, tay cầm chiếc gậy tre vót nhẵn. Thầy giải thích: người đi đầu phải là học trò lớn, quen đường; người đi cuối phải là người lớn, để không em nào bị bỏ lại.

::pullquote{text="Mình đi sau thì thấy hết. Em nào mệt, em nào đau chân, em nào buồn vì chuyện nhà, nhìn dáng đi là biết." by="Thầy Hồ Văn Lành"}

Ở khúc cua gắt nhất, nơi người trong bản gọi là "dốc Đá Trượt", có một đoạn lan can bằng ống thép mới sơn. Đó là kết quả của bản kiến nghị mà tổ chủ nhiệm của trường gửi lên xã hồi đầu năm học trước, kèm theo mười hai tấm ảnh thầy Lành chụp chính con dốc ấy trong những ngày mưa.

::image[duong-den-truong]{alt="Học sinh đeo gùi đi thành hàng qua đoạn dốc có lan can thép mới" caption="Đoạn lan can trên dốc Đá Trượt được xã lắp đặt sau kiến nghị của nhà trường." credit="Ảnh: Bùi Gia Huy"}

## Trưởng đoàn mười bốn tuổi

Người đi đầu hôm ấy là Hồ Văn Khiêm, học sinh lớp 9, trưởng đoàn năm thứ hai. Khiêm đeo chiếc còi nhựa quanh cổ, cứ đến một ngã rẽ lại dừng, quay lại đếm. Em kể năm đầu làm trưởng đoàn, các bạn nhỏ hay đi tản mát, có bạn dừng lại hái quả rừng rồi tụt lại phía sau. "Giờ thì đi thành hàng. Ai mệt thì cả đoàn nghỉ, không ai đi trước bỏ bạn," em nói, giọng nhỏ nhưng dứt khoát.

Em út của đoàn là Hồ Thị Liên, học lớp 3, lần đầu đi bán trú, được xếp đi ngay sau trưởng đoàn. Đến đỉnh đèo, cả đoàn dừng lại uống nước. Thầy Lành lấy trong túi ra một nắm kẹo lạc, chia đều, rồi chỉ cho các em thấy mái tôn xanh của trường ở tận dưới thung lũng.

## Những việc nhỏ làm nên đổi thay

Không có phép màu nào ở đây. Những gì thay đổi trên đường đến trường của các em đều là việc nhỏ, làm bền bỉ:

- Mỗi đoàn đi học có một trưởng đoàn là học sinh lớp 8 hoặc lớp 9, giữ còi và đèn pin.
- Giờ xuất phát cố định, em nào vắng thì trưởng đoàn báo ngay cho thầy cô chủ nhiệm qua điện thoại của trưởng bản.
- Những tuần mưa lũ, học sinh ở lại bán trú, phụ huynh không phải đón.
- Áo mưa, ủng và đèn pin do hội phụ huynh và một nhóm cựu học sinh góp tiền mua.

## Con số từ sổ điểm danh

Theo sổ theo dõi chuyên cần của nhà trường, tỉ lệ đi học đều của học sinh bản Ra Ly năm học vừa qua đạt khoảng 95%, cao hơn mức khoảng 85% của năm năm trước. Cô hiệu trưởng thận trọng: "Có nhiều nguyên nhân, trong đó có cả việc xã làm lại cầu tràn và chế độ hỗ trợ bán trú. Nhưng việc thầy Lành đi cùng học trò giúp phụ huynh yên tâm hơn, điều đó thì rõ."

::factbox{title="Đường đến trường của học trò bản Ra Ly"}
- Quãng đường: khoảng 8 km, trong đó gần 3 km đường đèo.
- Thời gian đi bộ: từ 2 giờ đến 2 giờ 30 phút.
- Số học sinh: 17 em, từ lớp 3 đến lớp 9.
- Tỉ lệ chuyên cần năm học vừa qua: khoảng 95%.
::end

Bảy giờ kém mười, đoàn đến cổng trường. Ống quần các em lấm bùn đến đầu gối. Thầy Lành đứng lại, đếm đủ mười bảy, rồi mới đi rửa chân. Dự chào cờ, họp tổ xong, quá trưa thầy lại một mình vượt đèo trở về bản, nơi các lớp nhỏ đang chờ buổi học chiều.

Hỏi thầy có mệt không, thầy cười: "Mệt chứ. Nhưng hồi mình đi học cũng có một thầy giáo đi cùng như thế. Giờ đến lượt mình."

::exemplar[thay-giao-ho-van-lanh]{note="Thầy giáo người Vân Kiều đầu tiên của bản Ra Ly trở về dạy học."}

*Đọc thêm chân dung thầy Lành trong ký sự* [Thầy giáo đầu tiên của bản](story:thay-giao-dau-tien-cua-ban)*, và một con đường đến trường khác ở Điện Biên:* [Mười một cây số cuối tuần](story:muoi-mot-cay-so-cuoi-tuan)*.*
`,
  },
  // 2 ─ ký sự ─ Tri ân thầy cô
  {
    slug: 'nhung-hoc-tro-toc-bac',
    title: 'Những học trò tóc bạc',
    dek: 'Ký sự về lớp xóa mù chữ buổi tối của cô giáo Vũ Thị Kim Oanh ở vùng đồi chè, nơi học trò nhỏ tuổi nhất đã ngoài bốn mươi và lớn tuổi nhất sắp tròn bảy mươi lăm.',
    format: 'ky-su',
    column: 'tri-an-thay-co',
    themes: ['lop-hoc-than-thien'],
    exemplars: ['co-giao-vu-thi-kim-oanh'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['tran-minh-khang', 'anh'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2025-11-15T07:00:00+07:00',
    republishedFrom: {
      outlet: 'Tạp chí Học tập Suốt đời',
      url: 'https://hoctapsuotdoi.example.vn/ky-su/nhung-hoc-tro-toc-bac',
      originalDate: '2025-11-10',
    },
    cover: 'doi-che',
    coverAlt: 'Đồi chè lúc chạng vạng, ánh đèn vàng hắt ra từ một lớp học nhỏ ở chân đồi',
    coverCaption: 'Lớp học buổi tối ở chân đồi chè.',
    coverCredit: 'Ảnh: Trần Minh Khang',
    body: `
Bảy giờ tối, khi những người hái chè cuối cùng đã về đến nhà, lớp học ở chân đồi mới bật đèn. Tôi đến sớm, ngồi ở bàn cuối, nhìn từng học trò bước vào. Một bà cụ tóc bạc trắng, đôi dép nhựa còn dính đất đỏ. Hai chị em dâu vừa đi vừa bàn chuyện giá chè búp. Một ông cụ chống gậy, đặt lên bàn chiếc kính lão buộc dây chun. Cô giáo Vũ Thị Kim Oanh đứng ở cửa, chào từng người bằng tên.

## Lớp học không có chuông

Lớp xóa mù chữ của Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên Đồi Chè học ba tối mỗi tuần. Không có trống, không có chuông. Ai đến trước thì mở vở tập viết trước, ai đến muộn vì còn cho lợn ăn thì cô dạy riêng vài phút. Năm nay lớp có mười chín học viên, người trẻ nhất bốn mươi hai tuổi, người lớn tuổi nhất bảy mươi tư.

Cô Oanh đã dạy ở trung tâm hơn hai mươi năm. Cô bảo cái khó nhất không phải là dạy chữ, mà là giúp người học vượt qua nỗi xấu hổ. "Nhiều bác cả đời giấu chuyện không biết chữ. Đi chợ nhờ người đọc giá, đi khám bệnh nhờ người điền giấy. Để các bác dám ngồi vào lớp đã là một nửa chặng đường."

::pullquote{text="Để các bác dám ngồi vào lớp đã là một nửa chặng đường." by="Cô Vũ Thị Kim Oanh"}

## Những con chữ đầu tiên

Cô không dạy theo thứ tự a, ă, â như với trẻ con. Bài học đầu tiên của mỗi người là tên mình. Bài thứ hai là tên người thân. Bài thứ ba là những chữ họ cần nhất: số tiền trên tờ hóa đơn điện, tên thuốc trên vỏ hộp, dòng chữ "ký nhận" trên sổ lĩnh lương hưu.

Bà Ma Thị Nhì, bảy mươi tư tuổi, học viên lớn tuổi nhất, cho tôi xem cuốn vở của bà. Trang đầu là những nét chữ run rẩy, to như hạt ngô. Trang gần nhất là một bức thư ngắn gửi con trai đang làm việc ở tỉnh xa. Bà đọc to cho tôi nghe, đọc chậm, ngắc ngứ ở hai chỗ, rồi cười móm mém: "Viết được cho nó rồi, chết cũng không tiếc."

## Cô giáo của những người hơn tuổi mẹ mình

Ngoài giờ lên lớp, cô Oanh đi vận động từng nhà. Cô đến vào buổi trưa, lúc người ta nghỉ hái chè, ngồi uống bát nước vối, nói chuyện mùa màng trước, chuyện học sau. Có người cô đến bốn, năm lần mới nhận lời. Cô cũng tự làm thẻ chữ in cỡ lớn cho người mắt kém, xin kính lão cũ từ đồng nghiệp cho những ai chưa có.

Theo số liệu của trung tâm, trong ba năm gần đây đã có hơn bảy mươi học viên hoàn thành chương trình xóa mù chữ ở các lớp do cô Oanh phụ trách. Từ năm nay, cô còn mở thêm lớp "Bình dân học vụ số" cho bà con đồi chè, câu chuyện mà Gương sáng đã kể trong podcast [Bình dân học vụ số trên đồi chè](story:podcast-binh-dan-hoc-vu-so-tren-doi-che). Nhưng cô nói không con số nào làm cô nhớ bằng những lá thư đầu tiên học trò viết.

## Chín giờ tối

Lớp tan lúc chín giờ. Cô Oanh đứng ở cửa, như lúc đầu buổi, nhắc từng người bật đèn pin khi đi qua đoạn dốc. Ông cụ chống gậy đi sau cùng, quay lại dặn cô đừng quên mang thêm cho ông vài tờ giấy kẻ ô ly.

Ngày 20 tháng 11 năm ngoái, lớp không tổ chức gì. Chỉ có một tấm thiệp tự làm đặt trên bàn cô giáo, mười chín chữ ký, mỗi chữ một kiểu, có chữ còn thiếu dấu. Cô Oanh bảo đó là món quà cô giữ kỹ nhất.

::image[chan-dung-co-giao-1]{alt="Cô giáo đứng cạnh bảng đen, trên bảng là dòng chữ viết tay cỡ lớn" caption="Cô Vũ Thị Kim Oanh trong một buổi học tối." credit="Ảnh: Trần Minh Khang"}

::exemplar[co-giao-vu-thi-kim-oanh]
`,
  },
  // 3 ─ bài viết ─ Sáng kiến trong lớp học
  {
    slug: 'kho-hoc-lieu-mo-cua-muoi-bon-thay-co',
    title: 'Kho học liệu mở của mười bốn thầy cô',
    dek: 'Tổ Toán – Tin Trường THPT Lam Hồng dành ba năm xây một kho bài giảng, đề kiểm tra và phiếu học tập dùng chung, dự giờ chéo mỗi tháng và sẵn lòng chia sẻ cho trường bạn.',
    format: 'bai-viet',
    column: 'sang-kien-lop-hoc',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['to-toan-tin-thpt-lam-hong'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2023-09-20T08:00:00+07:00',
    cover: 'phong-may-tinh',
    coverAlt: 'Phòng máy tính của trường, các giáo viên ngồi quanh một màn hình lớn thảo luận',
    coverCaption: 'Một buổi sinh hoạt chuyên môn của Tổ Toán – Tin, Trường THPT Lam Hồng.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
Chiều thứ Tư cuối tháng, phòng họp nhỏ của Tổ Toán – Tin Trường THPT Lam Hồng kín chỗ. Mười bốn thầy cô ngồi quanh chiếc bàn dài, trên màn hình chiếu là một bài giảng về hàm số mũ do một giáo viên trẻ soạn. Không ai khen trước. Mọi người lần lượt chỉ ra chỗ ví dụ chưa sát, chỗ câu hỏi quá khó cho học sinh trung bình, chỗ có thể thêm một hoạt động nhóm. Bài giảng được sửa ngay tại chỗ, rồi lưu vào thư mục chung.

Đó là một buổi sinh hoạt chuyên môn bình thường của tổ, và cũng là cách kho học liệu dùng chung của họ lớn lên, từng bài một.

## Bắt đầu từ những chiếc USB

Cô tổ trưởng kể rằng trước năm 2020, mỗi thầy cô có một "kho" riêng trong chiếc USB hoặc máy tính ở nhà. Giáo viên mới về trường thường phải tự soạn lại từ đầu. Những đề kiểm tra hay, những phiếu học tập được học trò thích, nhiều khi đi theo người soạn khi người đó chuyển trường.

Năm học 2020–2021, tổ thống nhất một nguyên tắc: mọi bài giảng, đề kiểm tra, phiếu học tập dùng trên lớp đều được đưa lên một thư mục chung, theo một cách đặt tên thống nhất. Ai dùng bài của người khác thì ghi lại nhận xét sau khi dạy.

## Cách tổ vận hành kho học liệu

Qua ba năm, tổ đúc kết cách làm thành mấy bước mà thầy cô nào cũng thuộc:

1. Người soạn đưa bài lên thư mục "chờ góp ý", kèm ghi chú về lớp đã dạy thử.
2. Ít nhất hai đồng nghiệp đọc và góp ý trong vòng một tuần.
3. Bài được chỉnh sửa, chuyển sang thư mục "dùng chung", ghi rõ tên người soạn và người góp ý.
4. Mỗi học kỳ, tổ rà lại những bài được dùng nhiều nhất và những bài nhận nhiều phản hồi chưa tốt.

Đến nay, kho có gần bốn trăm học liệu gồm bài giảng, đề kiểm tra và phiếu học tập cho cả ba khối lớp. Tổ phó chuyên môn, người phụ trách phần Tin học, cho biết việc sắp xếp mất nhiều công nhất không phải là soạn bài mà là đặt tên tệp cho nhất quán.

::pullquote{text="Một bài giảng tốt không còn là của riêng ai. Nó là của học trò." by="Cô tổ trưởng Tổ Toán – Tin, Trường THPT Lam Hồng"}

## Dự giờ chéo, không chấm điểm

Song song với kho học liệu, tổ duy trì dự giờ chéo mỗi tháng: mỗi thầy cô dự ít nhất một tiết của đồng nghiệp. Điểm khác là những tiết dự giờ này không chấm điểm thi đua. Người dự chỉ ghi lại ba điều: một điều học được, một điều có thể thử khác đi, và một câu hỏi học trò đặt ra mà mình chú ý.

Một giáo viên trẻ vào nghề được hai năm nói với chúng tôi rằng nhờ dự giờ không chấm điểm, chị bớt sợ khi có người vào lớp. "Trước đây cứ có người dự là em soạn lại cả bài, dạy khác hẳn ngày thường. Giờ em dạy như mọi hôm, và nhận được góp ý thật."

## Mở cửa cho trường bạn

Từ năm học trước, tổ chia sẻ một phần kho học liệu với ba trường trung học phổ thông lân cận, kèm theo buổi tập huấn ngắn về cách tổ chức. Các trường bạn góp lại những bài giảng của họ. Tổ cũng lưu ý rằng học liệu chỉ là điểm khởi đầu: mỗi lớp học khác nhau, thầy cô vẫn phải điều chỉnh cho học trò của mình.

Khi được hỏi điều gì khó nhất, cô tổ trưởng trả lời không cần suy nghĩ: "Giữ được nếp. Làm một năm thì dễ. Làm ba năm, khi ai cũng bận, mới khó." Năm học này, tổ đặt mục tiêu rà soát lại toàn bộ đề kiểm tra theo chương trình mới, và mời học trò góp ý cho phiếu học tập.

Cũng ở Lam Hồng, một học trò đang đưa những giờ Toán, Tin học vào một đề tài khoa học kỹ thuật: [Trần Bảo Ngọc](exemplar:hoc-sinh-tran-bao-ngoc).

::exemplar[to-toan-tin-thpt-lam-hong]
`,
  },
  // 4 ─ video ─ Sáng kiến trong lớp học
  {
    slug: 'dong-dao-dan-loi-tieng-viet',
    title: 'Đồng dao dẫn lối tiếng Việt',
    dek: 'Video: ở Trường Mầm non Họa Mi, cô giáo Lù Thị Hoa dùng đồng dao Thái, trò chơi ném còn và bịt mắt bắt dê để trẻ làm quen tiếng Việt trước khi vào lớp Một.',
    format: 'video',
    column: 'sang-kien-lop-hoc',
    themes: ['lop-hoc-than-thien', 'doi-moi-sang-tao'],
    exemplars: ['co-giao-lu-thi-hoa'],
    credits: [
      ['lo-van-hao', 'thuc-hien'],
      ['pham-quoc-viet', 'video'],
      ['nguyen-thu-ha', 'loi-binh'],
    ],
    publishedAt: '2024-03-12T19:30:00+07:00',
    cover: 'doi-che',
    coverAlt: 'Đồi chè xanh mướt, phía xa là dãy lớp học mầm non mái ngói đỏ',
    coverCaption: 'Trường Mầm non Họa Mi nằm giữa vùng đồi chè.',
    coverCredit: 'Ảnh cắt từ video: Phạm Quốc Việt',
    body: `
::video{url="https://www.youtube.com/watch?v=Qm7dHoaMi24" title="Đồng dao dẫn lối tiếng Việt – Gương sáng" caption="Phóng sự video 6 phút 40 giây, quay tại Trường Mầm non Họa Mi, tháng 2/2024."}

Tám giờ sáng, sân Trường Mầm non Họa Mi vang tiếng hát. Hai mươi tư đứa trẻ năm tuổi nắm tay nhau thành vòng tròn, vừa đi vừa hát một bài đồng dao tiếng Thái. Hết lượt, cô giáo Lù Thị Hoa hát lại bài ấy bằng tiếng Việt, từng câu ngắn, chậm. Bọn trẻ hát theo, có đứa lẫn lộn hai thứ tiếng, cả vòng cười vang.

Video của Gương sáng ghi lại một buổi sáng như thế, buổi sáng mà cô Hoa đã lặp lại gần như mỗi ngày suốt nhiều năm qua.

## Vì sao lại là đồng dao

Cô Hoa là người Thái, sinh ra và lớn lên ở bản cách trường ba cây số. Cô hiểu cảm giác của một đứa trẻ lần đầu ngồi trong lớp học mà không hiểu lời cô giáo. "Hồi bé, mình cũng khóc suốt tuần đầu đi học," cô kể trong video.

Vì thế, cô không bắt đầu bằng chữ, mà bằng những thứ trẻ đã quen: bài hát mẹ ru, trò chơi anh chị vẫn chơi ở đầu bản. Khi trẻ đã vui, đã dạn, cô mới đưa dần tiếng Việt vào, từng từ, từng câu, gắn với động tác.

::pullquote{text="Trẻ có vui thì mới mở miệng. Mở miệng rồi thì tiếng nào cũng học được." by="Cô Lù Thị Hoa"}

### Những trò chơi trong video

- **Ném còn:** trẻ đếm số lần ném trúng bằng tiếng Thái, rồi đếm lại bằng tiếng Việt.
- **Bịt mắt bắt dê:** trẻ bị bịt mắt phải gọi đúng tên bạn bằng một câu tiếng Việt trọn vẹn.
- **Chợ quê:** lớp học thành phiên chợ nhỏ, trẻ mua bán rau, quả bằng tiếng Việt.
- **Kể chuyện bằng tranh:** cô đưa một bức tranh về bản, trẻ kể lại bằng cả hai thứ tiếng.

## Phụ huynh cũng vào cuộc

Một đoạn trong video ghi lại buổi sinh hoạt phụ huynh cuối tháng. Cô Hoa mời các mẹ, các bà lên dạy cho lớp một bài đồng dao mới. Có bà cụ hơn bảy mươi tuổi hát một bài ru mà chính cô Hoa chưa từng nghe. Cô ghi âm lại, chép lời, rồi cùng đồng nghiệp dịch sang tiếng Việt. Đến nay, tập đồng dao song ngữ của trường đã có ba mươi hai bài.

Cô hiệu trưởng Đinh Thị Thu Trang cho biết nhà trường đã nhân rộng cách làm này sang tất cả các lớp mẫu giáo lớn ở ba điểm trường. Theo đánh giá cuối năm học của trường, phần lớn trẻ năm tuổi có thể nói câu đơn giản, hiểu yêu cầu của cô bằng tiếng Việt trước khi vào lớp Một. Những năm đầu, con số ấy chỉ vào khoảng một nửa.

## Phía sau ống kính

Ê-kíp chúng tôi ở lại trường ba ngày. Ngày đầu, bọn trẻ chỉ nhìn máy quay rồi chạy. Ngày thứ hai, chúng bắt đầu vẫy tay. Ngày thứ ba, một cậu bé kéo tay người quay phim vào vòng tròn, bắt hát cùng. Cảnh ấy không có trong video, nhưng có lẽ nó nói rõ nhất về lớp học của cô Hoa.

*Đọc thêm:* [Đọc hiểu không chỉ là đọc thông](story:doc-hieu-khong-chi-la-doc-thong), *trò chuyện với một nhà nghiên cứu về việc học tiếng Việt của trẻ vùng dân tộc thiểu số.*

::exemplar[co-giao-lu-thi-hoa]
`,
  },
  // 5 ─ phóng sự ảnh ─ Nơi vùng khó
  {
    slug: 'mua-he-day-boi-o-lang-chai',
    title: 'Mùa hè dạy bơi ở làng chài',
    dek: 'Phóng sự ảnh: mỗi sáng tháng Bảy, thầy giáo Nguyễn Văn Biển đưa học trò Trường THCS Làng Chài ra bãi cát để học bơi, học cách mặc áo phao và gọi người giúp.',
    format: 'phong-su-anh',
    column: 'noi-vung-kho',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['thay-giao-nguyen-van-bien'],
    credits: [
      ['tran-minh-khang', 'anh'],
      ['tran-minh-khang', 'tac-gia'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2023-07-10T06:00:00+07:00',
    cover: 'bien-lang-chai',
    coverAlt: 'Bãi biển buổi sớm, những chiếc thuyền thúng nằm trên cát, học trò mặc áo phao cam đứng thành hàng',
    coverCaption: 'Lớp học bơi buổi sớm trên bãi cát trước làng chài.',
    coverCredit: 'Ảnh: Trần Minh Khang',
    body: `
Năm giờ rưỡi sáng, khi thuyền đánh cá đêm vừa cập bến, góc vịnh kín gió cạnh làng chài đã có ba mươi đứa trẻ mặc áo phao màu cam. Thầy Nguyễn Văn Biển, giáo viên Thể dục và Sinh học của Trường THCS Làng Chài, thổi một hồi còi ngắn. Khóa học bơi thứ hai của mùa hè năm nay, mùa hè thứ mười bốn kể từ khi thầy mở lớp, bắt đầu.

::gallery[bien-lang-chai,san-truong-nang,chan-dung-thay-giao-2]{caption="Một buổi sáng của lớp học bơi: khởi động trên cát, tập thở dưới nước nông, và người thầy đứng giữa sóng." alts="Học trò mặc áo phao cam khởi động trên bãi cát, phía sau là thuyền thúng|Nhóm học trò nhỏ tập úp mặt xuống nước ở chỗ nước ngang hông, có người lớn đứng quanh|Thầy giáo đứng trong nước đến ngang ngực, một tay giữ phao, một tay ra hiệu cho học trò" credit="Ảnh: Trần Minh Khang"}

## Học bơi trước, học bơi giỏi sau

Lớp học không dạy bơi thi đấu. Mục tiêu thầy Biển đặt ra rất cụ thể: cuối khóa, mỗi em phải tự nổi được ít nhất hai phút, biết mặc áo phao đúng cách, biết kêu cứu và không nhảy xuống nước cứu bạn khi chưa đủ sức. Mỗi mùa hè có hai khóa, mỗi khóa ba tuần, học từ năm giờ rưỡi đến bảy giờ sáng, trước khi nắng lên và trước khi các em phải phụ bố mẹ phơi cá.

### Những người đứng quanh

Thầy Biển không dạy một mình. Mỗi buổi học có ít nhất bốn người lớn đứng ở rìa khu nước nông: hai phụ huynh là ngư dân, một giáo viên của trường và một đoàn viên thanh niên xã. Khu học được quây lưới, cắm cọc, chỉ sâu đến ngực người lớn. Ngày nào sóng cấp ba trở lên, lớp nghỉ.

::image[chan-dung-hoc-sinh]{alt="Cô bé mặc áo phao cam cười tươi, tóc còn ướt, tay giơ tấm giấy chứng nhận viết tay" caption="Một học trò lớp 6 nhận giấy chứng nhận tự nổi được hai phút sau khóa học." credit="Ảnh: Trần Minh Khang"}

## Những chuyến đò sớm

Người làng chài quen gọi thầy Biển là "thầy đò", vì suốt nhiều năm, những ngày biển động, thầy chèo thuyền đón học trò xóm bãi ngoài vào lớp. Lớp học bơi ra đời từ chính những chuyến đò ấy: thầy nhận ra nhiều đứa trẻ lớn lên cạnh biển mà không biết bơi, và không một đứa nào biết cách mặc áo phao cho đúng.

::pullquote{text="Ở làng chài, biết bơi không phải là môn học phụ. Đó là bài học đầu tiên để các em lớn lên an toàn." by="Thầy Nguyễn Văn Biển"}

## Sau mười bốn mùa hè

Theo sổ ghi chép của thầy, từ năm 2010 đến nay đã có hơn sáu trăm em biết bơi qua các khóa học, trong đó có cả những em ở trường tiểu học bên cạnh. Nhà trường và hội phụ huynh góp tiền mua sáu mươi chiếc áo phao, được cất trong kho của trường sau mỗi khóa.

Thầy Biển không nhận thù lao cho lớp học. Hỏi thầy mong điều gì, thầy nói muốn có thêm vài người trẻ trong làng học lấy chứng chỉ cứu hộ để thay thầy những năm tới.

Câu chuyện về những chuyến đò sớm của thầy đã được kể trong phóng sự [Chuyến đò của thầy Biển](story:chuyen-do-cua-thay-bien).

::exemplar[thay-giao-nguyen-van-bien]{note="Giáo viên Thể dục và Sinh học, Trường THCS Làng Chài."}
`,
  },
  // 6 ─ podcast ─ Gương mặt nhà giáo
  {
    slug: 'doc-cham-giua-thoi-luot-nhanh',
    title: 'Podcast "Chuyện trường, chuyện lớp" số 5: Đọc chậm giữa thời lướt nhanh',
    dek: 'Nhân Ngày Sách và Văn hóa đọc Việt Nam, cô giáo Trần Thị Thu Hiền và hai học trò kể về tám năm của câu lạc bộ "Đọc chậm" và tập bài viết thứ tư, "Quê mình bên sông".',
    format: 'podcast',
    column: 'guong-mat-nha-giao',
    themes: ['thu-vien-xanh', 'doi-moi-sang-tao'],
    exemplars: ['co-giao-tran-thi-thu-hien'],
    credits: [
      ['vu-bich-ngoc', 'thuc-hien'],
      ['pham-quoc-viet', 'bien-tap'],
    ],
    publishedAt: '2026-04-21T20:00:00+07:00',
    cover: 'thu-vien-xanh',
    coverAlt: 'Nhóm học sinh ngồi quanh chiếc bàn gỗ trong thư viện, mỗi em cầm một cuốn sách',
    coverCaption: 'Một buổi sinh hoạt của câu lạc bộ "Đọc chậm", Trường THPT Lam Hồng.',
    coverCredit: 'Ảnh: Vũ Bích Ngọc',
    sources: [
      { title: 'Tập bài viết "Quê mình bên sông" của câu lạc bộ Đọc chậm', outlet: 'Trường THPT Lam Hồng (lưu hành nội bộ)' },
    ],
    body: `
::audio{title="Chuyện trường, chuyện lớp số 5: Đọc chậm giữa thời lướt nhanh" transcript="Vũ Bích Ngọc: Xin chào các bạn, đây là Chuyện trường, chuyện lớp. Hôm nay chúng tôi ngồi ở thư viện Trường THPT Lam Hồng cùng cô Trần Thị Thu Hiền và hai thành viên câu lạc bộ Đọc chậm. Cô Hiền: Chào Ngọc, chào các bạn. Câu lạc bộ của chúng tôi đọc mỗi tháng chỉ một cuốn sách thôi, nên mới có cái tên ấy…"}

Số thứ năm của *Chuyện trường, chuyện lớp* dài 28 phút, được ghi âm tại thư viện Trường THPT Lam Hồng vào một buổi chiều mưa phùn. Khách mời là cô Trần Thị Thu Hiền, giáo viên Ngữ văn, người lập câu lạc bộ "Đọc chậm" từ năm 2018, cùng hai học trò lớp 11 vừa có bài in trong tập bài viết thứ tư của câu lạc bộ.

## Trong số này

- **Phút 00:45** – Vì sao lại là "đọc chậm"? Cô Hiền kể về lần hỏi cả lớp cuốn sách gần nhất các em đọc hết là cuốn nào, và sự im lặng kéo dài sau đó.
- **Phút 06:10** – Một tháng, một cuốn sách: câu lạc bộ bình chọn sách thế nào, chia chương ra sao, và vì sao không có bài kiểm tra.
- **Phút 12:30** – Từ đọc đến viết: học trò đi hỏi chuyện ông bà, người chèo đò, bà bán nước chè đầu ngõ để viết về quê mình.
- **Phút 19:50** – Tập bài viết thứ tư "Quê mình bên sông", và chuyện một học trò từng sợ môn Văn nay muốn học ngành báo chí.
- **Phút 24:15** – Lời khuyên của cô cho những thầy cô muốn lập câu lạc bộ đọc ở trường mình.

## Đọc chậm là đọc thế nào

Cô Hiền nói rằng "chậm" không có nghĩa là lười. Mỗi tuần, các thành viên đọc một phần của cuốn sách, ghi vào sổ tay ba điều: một câu mình thích, một câu mình không hiểu và một điều cuốn sách làm mình nhớ đến ở quê. Cuối tháng, cả câu lạc bộ ngồi thành vòng tròn, mỗi người đọc to trang viết của mình.

> Có em chép vào sổ một câu chỉ vì câu ấy giống hệt lời bà nội hay nói. Tôi nghĩ đó là lúc việc đọc bắt đầu có ý nghĩa với em.

Hai học trò khách mời kể về bài viết của mình: một bài về người chú làm nghề sửa thuyền, một bài về chợ phiên ven đê đang vắng dần. Cả hai đều nói phần khó nhất không phải là viết, mà là dám hỏi chuyện người lớn.

## Những con số nhỏ

Câu lạc bộ mỗi năm có khoảng ba mươi thành viên. Sau tám năm, đã có bốn tập bài viết của học trò được nhà trường in để tặng thư viện các trường bạn trong tỉnh. Cô Hiền nhấn mạnh mình không tính thành tích bằng giải thưởng: "Điều tôi đếm là số em vẫn còn đọc sách sau khi ra trường."

::pullquote{text="Điều tôi đếm là số em vẫn còn đọc sách sau khi ra trường." by="Cô Trần Thị Thu Hiền"}

## Nghe và đọc thêm

Bạn đọc muốn gợi ý khách mời cho những số sau có thể gửi thư cho ban biên tập qua địa chỉ [podcast@guong-sang.example](mailto:podcast@guong-sang.example).

Bài viết đầu tiên của Gương sáng về câu lạc bộ: ["Đọc chậm" ở Lam Hồng](story:doc-cham-o-lam-hong). Ở một ngôi trường tiểu học giữa phố cũ Hà Nội, phong trào đọc lại bắt đầu từ góc cầu thang, nhờ [cô Lê Ngọc Bích](exemplar:co-giao-le-ngoc-bich); còn ở Hà Tĩnh, các thầy cô Tổ Toán – Tin đang xây một [kho học liệu mở](story:kho-hoc-lieu-mo-cua-muoi-bon-thay-co). Nghe lại số trước: [Điện mặt trời trên mái nhà xe](story:dien-mat-troi-tren-mai-nha-xe).

::exemplar[co-giao-tran-thi-thu-hien]
`,
  },
  // 7 ─ longform ─ Mái trường
  {
    slug: 'truong-hoc-hanh-phuc-bat-dau-tu-bot-mot-to-giay',
    title: 'Trường học hạnh phúc bắt đầu từ việc bớt một tờ giấy',
    dek: 'Ở Trường Tiểu học Cầu Tre, giữa vườn dừa, thầy hiệu trưởng Đặng Quang Vinh tin rằng học trò chỉ hạnh phúc khi thầy cô không kiệt sức vì giấy tờ. Thầy bắt đầu bằng việc đếm xem giáo viên phải viết bao nhiêu loại sổ.',
    format: 'longform',
    column: 'mai-truong',
    themes: ['truong-hoc-hanh-phuc', 'doi-moi-sang-tao'],
    exemplars: ['thay-hieu-truong-dang-quang-vinh', 'truong-tieu-hoc-cau-tre'],
    credits: [
      ['dinh-thi-mai', 'tac-gia'],
      ['tran-minh-khang', 'anh'],
      ['do-thanh-tam', 'do-hoa'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2024-09-05T07:30:00+07:00',
    updatedAt: '2024-09-12T10:00:00+07:00',
    cover: 'san-truong-nang',
    coverAlt: 'Sân trường rợp bóng dừa, học sinh tiểu học chơi nhảy dây trong giờ ra chơi',
    coverCaption: '"Giờ ra chơi dài" ở Trường Tiểu học Cầu Tre.',
    coverCredit: 'Ảnh: Trần Minh Khang',
    seo: {
      title: 'Trường học hạnh phúc ở Cầu Tre: bắt đầu từ bớt giấy tờ',
      description: 'Longform về Trường Tiểu học Cầu Tre: bớt sổ sách, trả lại thời gian cho giáo viên, giờ ra chơi dài và hội nghị học trò.',
    },
    body: `
Năm 2019, hai năm sau khi đặt hòm thư cho học trò ở cổng trường, thầy hiệu trưởng Đặng Quang Vinh đặt thêm một hòm thư nữa, lần này trong phòng giáo viên. Những lá thư đầu tiên gần như cùng nói một chuyện: sổ sách. Thầy Vinh không trả lời ngay. Thầy xin mỗi giáo viên một buổi chiều, ngồi cạnh họ trong lúc họ làm việc, và lặng lẽ ghi vào sổ tay. Một tuần sau, thầy có một con số: mỗi giáo viên chủ nhiệm đang duy trì mười một loại sổ sách, trong đó có những nội dung phải chép lại đến ba lần.

"Thầy cô mệt vì giấy tờ thì khó mà vui với học trò," thầy nói. Bài viết này kể về nửa ít được nhắc đến của mô hình "Trường học hạnh phúc" ở Cầu Tre: hạnh phúc của người dạy.

## Phần một: Bớt

### Mười một cuốn sổ còn năm

Thầy Vinh cùng tổ trưởng chuyên môn rà lại từng loại sổ, đối chiếu với quy định hiện hành. Những gì quy định không yêu cầu, hoặc trùng lặp, được đề nghị bỏ hoặc gộp. Một số loại chuyển sang theo dõi trên phần mềm quản lý của ngành. Sau một học kỳ, còn lại năm loại.

::factbox{title="Những gì Cầu Tre đã bớt"}
- Số loại sổ giáo viên chủ nhiệm duy trì: từ 11 xuống 5.
- Cuộc họp định kỳ: từ mỗi tuần một lần xuống hai tuần một lần, không quá 60 phút.
- Báo cáo gửi tổ chuyên môn: gộp thành một mẫu chung mỗi tháng.
- Thời gian tiết kiệm ước tính của một giáo viên: khoảng 3 đến 4 giờ mỗi tuần.
::end

Thầy Vinh lưu ý rằng đây là ước tính do chính giáo viên tự ghi lại, không phải đo đạc khoa học. Nhưng khi được hỏi, nhiều thầy cô nói điều họ nhận được không chỉ là thời gian, mà là cảm giác được tin tưởng.

## Phần hai: Thời gian được trả lại

### Ba bốn giờ mỗi tuần để làm gì

Câu hỏi tiếp theo của thầy Vinh với tổ chuyên môn là: thời gian bớt được sẽ dùng vào đâu? Tổ thống nhất không biến nó thành thêm họp hay thêm báo cáo. Mỗi giáo viên tự chọn một việc cho học trò lớp mình: soạn trò chơi cho giờ ra chơi, gặp riêng những em đang gặp khó, hoặc đọc kỹ hơn những lá thư học trò gửi qua hòm thư ở cổng trường.

Một cô giáo lớp Ba kể rằng trước đây tối nào cô cũng chép sổ đến khuya. Giờ cô dành buổi tối thứ Tư để gọi điện cho phụ huynh của những em nghỉ học nhiều, "nói chuyện như người nhà, không phải như đi kiểm tra".

::pullquote{text="Thầy cô mệt vì giấy tờ thì khó mà vui với học trò." by="Thầy Đặng Quang Vinh, Hiệu trưởng Trường Tiểu học Cầu Tre"}

### Học trò cũng được hỏi ý kiến

Mỗi học kỳ, nhà trường tổ chức một buổi "hội nghị học trò" với đại diện các lớp. Các em được hỏi về lịch học, sân chơi và cả thực đơn bán trú. Món canh chua cá linh có mặt trong thực đơn tháng mùa nước nổi là đề xuất của lớp 4B.

::image[bep-ban-tru]{alt="Bếp bán trú sạch sẽ, các cô cấp dưỡng đang chia canh vào khay inox" caption="Thực đơn bán trú được điều chỉnh sau mỗi hội nghị học trò." credit="Ảnh: Trần Minh Khang"}

## Phần ba: Chơi

Giờ ra chơi giữa buổi sáng ở Cầu Tre dài hai mươi lăm phút thay vì mười lăm, một thay đổi bắt đầu từ lá thư của học trò. Để bù, nhà trường sắp xếp lại thời gian chuyển tiết. Sân trường được chia thành các góc: góc nhảy dây, góc đá cầu, góc đọc sách dưới gốc dừa và một góc yên tĩnh cho những em thích ngồi một mình.

Những người lo ngại ban đầu là phụ huynh. Nhà trường mời họ đến xem một buổi ra chơi, rồi cùng đọc kết quả học tập cuối năm. Theo số liệu nhà trường cung cấp, tỉ lệ học sinh hoàn thành tốt các môn học không giảm; số vụ va chạm giữa học sinh được giáo viên ghi nhận giảm rõ rệt.

## Điều chưa làm được

Thầy Vinh thẳng thắn rằng không phải điều gì cũng suôn sẻ. Có giáo viên lớn tuổi vẫn quen ghi chép trên giấy và thấy phần mềm là gánh nặng. Hòm thư của giáo viên có lúc nhận những góp ý mà nhà trường chưa đủ thẩm quyền giải quyết. Nhà vệ sinh tầng hai, đến thời điểm chúng tôi đến, vẫn đang chờ kinh phí sửa chữa.

> Trường học hạnh phúc không phải là một danh hiệu để treo lên. Nó là việc mỗi tuần mình lại sửa thêm được một điều nhỏ.

Câu ấy thầy Vinh nói khi tiễn chúng tôi ra cổng. Sau lưng thầy, một nhóm học trò lớp Ba đang tranh nhau sợi dây nhảy, tiếng cười át cả tiếng trống vào lớp.

::exemplar[thay-hieu-truong-dang-quang-vinh]

::exemplar[truong-tieu-hoc-cau-tre]{note="Tập thể trường, điển hình mô hình Trường học hạnh phúc."}

Xem thêm các câu chuyện khác về mô hình [Trường học hạnh phúc](theme:truong-hoc-hanh-phuc).
`,
  },
  // 8 ─ video ─ Sáng kiến trong lớp học
  {
    slug: 'xuong-do-choi-cua-nhung-co-giao-tuong-lai',
    title: 'Xưởng đồ chơi của những cô giáo tương lai',
    dek: 'Video: trước mỗi mùa hè lên bản, Đội Thanh niên tình nguyện Sư phạm Trung Du biến một phòng học thành xưởng làm đồ dùng dạy học từ bìa các-tông, hạt ngô và vỏ ốc.',
    format: 'video',
    column: 'sang-kien-lop-hoc',
    themes: ['lop-hoc-than-thien'],
    exemplars: ['doi-tinh-nguyen-su-pham-trung-du', 'sinh-vien-ho-thi-thao'],
    credits: [
      ['pham-quoc-viet', 'video'],
      ['nguyen-thu-ha', 'thuc-hien'],
    ],
    publishedAt: '2025-06-10T19:00:00+07:00',
    cover: 'giang-duong',
    coverAlt: 'Phòng học đại học, bàn ghế kê sát nhau, phủ đầy bìa các-tông, kéo, hồ dán và những túi hạt ngô',
    coverCaption: 'Phòng học trở thành "xưởng đồ chơi" trong tuần cuối trước chuyến đi tình nguyện.',
    coverCredit: 'Ảnh cắt từ video: Phạm Quốc Việt',
    body: `
::video{url="https://vimeo.com/947120385" title="Xưởng đồ chơi của những cô giáo tương lai" caption="Video 5 phút 30 giây, quay tại Trường Đại học Sư phạm Trung Du, tháng 6/2025."}

Tuần cuối cùng trước chuyến đi, phòng học tầng ba khu giảng đường C của Trường Đại học Sư phạm Trung Du không còn giống một phòng học. Bàn ghế được kê sát vào nhau thành những "bàn thợ". Trên bàn là bìa các-tông cắt từ thùng mì tôm, những túi hạt ngô, vỏ ốc suối rửa sạch phơi khô, kéo, hồ dán và hàng chục hộp bút màu. Hơn bốn mươi sinh viên của Đội Thanh niên tình nguyện Sư phạm Trung Du ngồi kín phòng.

Video của Gương sáng ghi lại một buổi tối ở "xưởng đồ chơi" ấy.

## Vì sao phải tự làm

Đội được thành lập từ năm 2015. Mỗi mùa hè, đội chia thành nhiều nhóm nhỏ lên các bản vùng cao, mở lớp tiền tiểu học cho trẻ sắp vào lớp Một. Đến nay đã có hơn ba nghìn trẻ học qua các lớp hè của đội.

Hồ Thị Thảo, sinh viên năm ba ngành Giáo dục tiểu học, chuẩn bị cho mùa hè tình nguyện thứ tư của mình. Trong video, Thảo giải thích vì sao đội không mua đồ dùng dạy học làm sẵn: đồ mua thì đắt, nặng, dễ hỏng khi mang lên bản. Đồ tự làm thì nhẹ, hỏng đâu sửa đấy, và quan trọng hơn, được làm từ những thứ trẻ đã quen nhìn thấy hằng ngày.

::pullquote{text="Trẻ đếm hạt ngô thì không sợ. Hạt ngô là của nhà các em mà." by="Sinh viên Hồ Thị Thảo"}

## Một buổi tối ở xưởng

Mỗi nhóm nhận một "đơn hàng" do các đội trưởng lập từ kinh nghiệm mùa hè trước. Video ghi lại những món đồ chính:

1. Bộ thẻ chữ cái và chữ số bằng bìa các-tông, mỗi thẻ có hình vẽ một đồ vật quen thuộc ở bản.
2. Túi hạt ngô và vỏ ốc để học đếm, so sánh nhiều ít, thêm bớt.
3. Bảng xoay thời tiết và bảng điểm danh bằng ảnh, giúp trẻ làm quen nề nếp lớp học.
4. Những con rối bằng bìa và vải vụn để kể chuyện, hát đồng dao.

Các đội viên năm nhất được kèm bởi những người đã đi từ ba, bốn mùa hè. Thảo kèm một nhóm năm bạn, chỉ cách cắt thẻ sao cho góc tròn, để trẻ nhỏ cầm không bị xước tay.

## Những bài học đi kèm

Xưởng không chỉ làm đồ. Giữa buổi, các đội trưởng dừng lại để tập dượt cách dùng từng món trong một tiết học giả định: ai đóng vai cô giáo, ai đóng vai học trò mới năm tuổi chưa nói được tiếng Việt. Những lúc ấy cả phòng cười nghiêng ngả, nhưng cũng là lúc các bạn năm nhất hỏi nhiều nhất.

Đội cũng đặt ra những nguyên tắc về an toàn: không dùng vật nhỏ sắc cạnh, hạt ngô chỉ dùng với trẻ đã qua tuổi cho vào miệng, vỏ ốc phải được rửa và phơi kỹ. Một giảng viên khoa Giáo dục tiểu học đi kiểm tra từng bàn.

::factbox{title="Xưởng đồ chơi mùa hè 2025"}
- Hơn 40 sinh viên tham gia trong 5 buổi tối.
- Khoảng 2.000 thẻ chữ, thẻ số được làm mới hoặc sửa lại.
- Vật liệu chủ yếu là bìa các-tông, hạt ngô, vỏ ốc, vải vụn do sinh viên và người dân quanh trường góp.
- Nhà trường hỗ trợ hồ dán, bút màu và phương tiện chở đồ lên bản.
::end

Cuối buổi, một đội viên năm hai đóng ba thùng bìa các-tông, dán nhãn tên bản cần đến. Thảo đứng xem, rồi mở lại thùng, kiểm tra thêm một lần nữa túi hạt ngô. "Thiếu một túi thì một lớp không đếm được," cô nói.

::exemplar[doi-tinh-nguyen-su-pham-trung-du]

::exemplar[sinh-vien-ho-thi-thao]{note="Sinh viên năm ba, bốn mùa hè tình nguyện."}
`,
  },
  // 9 ─ phóng sự ảnh ─ Gương mặt nhà giáo
  {
    slug: 'ke-chuyen-buon-lang-bang-ba-thu-tieng',
    title: 'Kể chuyện buôn làng bằng ba thứ tiếng',
    dek: 'Phóng sự ảnh nhân Ngày Quốc tế Tiếng mẹ đẻ: câu lạc bộ Jrai – Việt – Anh của cô giáo Ksor H\'Blim, nơi học trò Trường THPT Cao Nguyên Xanh tập kể về buôn làng mình bằng ngoại ngữ.',
    format: 'phong-su-anh',
    column: 'guong-mat-nha-giao',
    themes: ['doi-moi-sang-tao', 'lop-hoc-than-thien'],
    exemplars: ['co-giao-ksor-h-blim'],
    credits: [
      ['bui-gia-huy', 'anh'],
      ['nguyen-thu-ha', 'tac-gia'],
      ['le-hoai-an', 'dich'],
    ],
    publishedAt: '2025-02-21T18:00:00+07:00',
    cover: 'cao-nguyen-chieu',
    coverAlt: 'Nhà rông mái cao vút trên nền trời chiều cao nguyên, phía trước là bãi cỏ rộng',
    coverCaption: 'Nhà rông của buôn, nơi học trò câu lạc bộ kể chuyện cho dân làng nghe.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
::gallery[cao-nguyen-chieu,lop-hoc-vung-cao,san-khau-giao-luu,chan-dung-co-giao-1]{caption="Từ phòng học cuối dãy nhà B đến nhà rông của buôn: một câu chuyện được kể bằng ba thứ tiếng." alts="Nhà rông mái cao trên nền trời chiều, dân làng tụ họp phía trước|Hai học sinh ngồi đối diện nhau trong lớp, một em kể, một em ghi chép|Nữ sinh đứng nói trước dân làng trong nhà rông, tay cầm tờ giấy ghi chú|Cô giáo người Jrai mặc áo thổ cẩm đứng bên cửa sổ lớp học" credit="Ảnh: Bùi Gia Huy"}

Chiều thứ Tư, phòng học cuối dãy nhà B của Trường THPT Cao Nguyên Xanh ồn ào hơn thường lệ. Hai mươi học sinh chia thành từng cặp, một em kể, một em nghe. Người kể nói một câu bằng tiếng Jrai, dịch sang tiếng Việt, rồi cố gắng nói lại bằng tiếng Anh. Cô giáo Ksor H'Blim đi giữa các bàn, thỉnh thoảng dừng lại gợi ý một từ.

Đó là buổi sinh hoạt thường kỳ của câu lạc bộ ba thứ tiếng mà cô H'Blim lập ra từ năm 2021. Phóng viên ảnh của Gương sáng theo chân câu lạc bộ trong hai tuần, từ lớp học đến nhà rông của buôn.

## Ngại nói vì sợ sai

Cô H'Blim là người Jrai, dạy tiếng Anh ở trường đã mười hai năm. Cô kể rằng nhiều học trò dân tộc thiểu số học ngữ pháp tiếng Anh không kém ai, nhưng hầu như không dám nói. "Các em sợ sai, sợ bạn cười. Có em còn ngại cả nói tiếng Việt trước lớp," cô nói.

Ý tưởng của cô khá đơn giản: bắt đầu từ thứ tiếng các em tự tin nhất. Khi kể một câu chuyện bằng tiếng mẹ đẻ, các em có nội dung, có cảm xúc. Việc còn lại là tìm cách chuyển câu chuyện ấy sang tiếng Việt, rồi sang tiếng Anh, từng bước một.

::pullquote{text="Tiếng Jrai là chỗ dựa, không phải là rào cản. Đứng vững trên tiếng của mình rồi mới bước sang tiếng khác." by="Cô Ksor H'Blim"}

## Ba bước của một câu chuyện

Cô H'Blim giải thích cách câu lạc bộ làm việc với mỗi câu chuyện:

1. Học trò về buôn, nghe ông bà, già làng kể một câu chuyện, một phong tục hay một nghề truyền thống, rồi ghi âm lại.
2. Ở câu lạc bộ, các em viết câu chuyện ra giấy bằng tiếng Jrai và tiếng Việt, đối chiếu với nhau trong nhóm.
3. Các em cùng cô chuyển câu chuyện sang tiếng Anh với vốn từ đơn giản, tập kể trước nhóm, rồi tự quay thành phim ngắn.

Đến nay, câu lạc bộ đã làm hơn hai mươi đoạn phim ngắn về lễ mừng lúa mới, nghề dệt thổ cẩm, cách làm cơm lam, truyện cổ về con voi trắng. Các đoạn phim được dùng làm học liệu trong giờ tiếng Anh của trường.

## Buổi kể chuyện ở nhà rông

Những bức ảnh cuối cùng trong loạt ảnh này được chụp ở buổi kể chuyện tại nhà rông của buôn, nơi năm học trò kể cho dân làng và một nhóm khách du lịch nghe về lễ hội của buôn mình. Siu H'Nhung, học sinh lớp 11, lần đầu nói tiếng Anh trước người nước ngoài. Giọng em run ở câu đầu, rồi vững dần. Khi em kết thúc, già làng vỗ tay trước tiên.

Ban giám hiệu nhà trường cho biết điểm trung bình môn tiếng Anh của các thành viên câu lạc bộ cải thiện sau mỗi năm, nhưng cô H'Blim quan tâm đến điều khác hơn: số học trò dám giơ tay phát biểu trong giờ học.

Nghe cô H'Blim và học trò kể về câu lạc bộ trong podcast [Ba thứ tiếng ở cao nguyên](story:podcast-ba-thu-tieng-o-cao-nguyen).

::exemplar[co-giao-ksor-h-blim]
`,
  },
  // 10 ─ ký sự ─ Học trò tiêu biểu
  {
    slug: 'tu-thiet-bi-thai-loai-den-huy-chuong-vang',
    title: 'Từ đống thiết bị thải loại đến tấm huy chương vàng',
    dek: 'Ký sự về Đỗ Minh Quân, chàng sinh viên nghề điện từng bỏ học giữa chừng, và người thầy đã dựng cả xưởng thực hành từ những thiết bị tưởng chỉ còn là phế liệu.',
    format: 'ky-su',
    column: 'hoc-tro-tieu-bieu',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['sinh-vien-do-minh-quan', 'thay-giao-phan-minh-triet', 'phong-dao-tao-cao-dang-ven-bien'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['bui-gia-huy', 'anh'],
    ],
    publishedAt: '2025-06-17T09:00:00+07:00',
    cover: 'xuong-thuc-hanh',
    coverAlt: 'Xưởng thực hành điện với các tủ điều khiển tự lắp, dây điện được bó gọn theo màu',
    coverCaption: 'Xưởng thực hành điện công nghiệp, Trường Cao đẳng Kỹ thuật Ven Biển.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    sources: [
      { title: 'Kết quả kỳ thi kỹ năng nghề cấp vùng năm 2024 (bản tin nội bộ)', outlet: 'Phòng Đào tạo, Trường Cao đẳng Kỹ thuật Ven Biển' },
    ],
    body: `
Xưởng thực hành điện công nghiệp của Trường Cao đẳng Kỹ thuật Ven Biển nằm cuối dãy nhà, sát hàng phi lao. Bước vào, điều đầu tiên tôi để ý là những tủ điều khiển không giống nhau: cái vỏ sơn xanh, cái vỏ sơn xám, cái còn nguyên logo của một nhà máy đã đóng cửa. Thầy Phan Minh Triết cười: "Mỗi cái có một lý lịch riêng đấy."

## Những thiết bị có lý lịch

Năm 2016, khi thầy Triết về trường, xưởng chỉ có ba bộ mô hình cho cả lớp bốn mươi sinh viên, phần lớn phải đứng xem. Thầy bắt đầu đi xin. Các nhà máy trong khu công nghiệp thay dây chuyền, thải ra biến tần, bộ điều khiển lập trình, động cơ còn chạy tốt. Thầy xin về, cùng sinh viên tháo ra, kiểm tra, thay linh kiện hỏng rồi lắp thành mô hình thực hành.

Đến nay, xưởng có mười hai bộ mô hình như thế. Mỗi mô hình có một cuốn sổ ghi nguồn gốc thiết bị, ngày tiếp nhận và tên những sinh viên đã tham gia phục hồi. Thầy nói cuốn sổ ấy quan trọng không kém bản vẽ kỹ thuật, vì nó dạy các em biết quý thiết bị.

## Chàng trai bỏ học rồi quay lại

Đỗ Minh Quân là một trong những cái tên được ghi nhiều lần nhất trong những cuốn sổ ấy. Nhưng Quân suýt không có mặt ở đây. Học xong lớp 11, em bỏ học đi làm phụ hồ vì gia đình khó khăn và vì thấy mình "không hợp với sách vở".

Hai năm trên các công trường, Quân đấu dây điện tạm cho lán trại và nhận ra mình thích công việc ấy. Một người anh họ đang học ở trường dẫn em đến gặp thầy Triết. Thầy không hỏi điểm số, chỉ đưa cho em một chiếc đồng hồ đo điện và một bảng mạch hỏng, bảo thử tìm lỗi. Mùa tuyển sinh năm ấy, Quân nộp hồ sơ học nghề điện, theo chương trình "vừa học vừa làm" mà Phòng Đào tạo của trường thiết kế cùng doanh nghiệp.

::pullquote{text="Em không hợp với sách vở thật. Nhưng khi cầm cái đồng hồ đo điện, em hiểu sách vở để làm gì." by="Đỗ Minh Quân"}

## Những đêm ở xưởng

Khi Quân được chọn vào đội tuyển dự thi kỹ năng nghề, thầy Triết lập cho em một lịch tập kéo dài bảy tháng. Buổi sáng học lý thuyết, buổi chiều làm ở doanh nghiệp, buổi tối tập lắp đặt, đấu nối và lập trình trong xưởng. Thầy bấm giờ từng bài, ghi lại từng lỗi.

### Những gì đội tuyển tập mỗi tuần

- Đọc bản vẽ và lắp đặt một tủ điều khiển hoàn chỉnh trong thời gian giới hạn.
- Lập trình và chạy thử hệ thống băng tải mô phỏng dây chuyền sản xuất.
- Tìm và sửa lỗi do thầy cố ý cài sẵn vào mạch.
- Giữ an toàn và vệ sinh nơi làm việc, nội dung có điểm riêng trong bài thi.

Năm 2024, Quân giành huy chương vàng nghề điện công nghiệp tại kỳ thi kỹ năng nghề cấp vùng. Ở phần thi tìm lỗi, em hoàn thành trước thời gian gần mười phút. Đầu năm nay, em được tuyên dương là sinh viên giáo dục nghề nghiệp tiêu biểu của thành phố.

## Sau tấm huy chương

Chưa tốt nghiệp, Quân đã được doanh nghiệp nơi em thực tập nhận vào làm kỹ thuật viên. Em vẫn hẹn thầy Triết mỗi tối thứ Sáu quay lại xưởng, kèm các bạn khóa dưới.

Còn thầy Triết, khi tôi hỏi về tấm huy chương, thầy chỉ vào một tủ điện còn đang tháo dở ở góc xưởng. "Cái này mới xin về tuần trước. Khóa sau sẽ làm."

Xem thêm video [Xưởng điện của thầy Triết](story:xuong-dien-cua-thay-triet).

::exemplar[sinh-vien-do-minh-quan]

::exemplar[thay-giao-phan-minh-triet]{note="Giảng viên điện công nghiệp, người huấn luyện đội tuyển."}

::exemplar[phong-dao-tao-cao-dang-ven-bien]{note="Đơn vị thiết kế chương trình vừa học vừa làm."}
`,
  },
  // 11 ─ bài viết ─ Góc nhìn
  {
    slug: 'doc-hieu-khong-chi-la-doc-thong',
    title: 'Đọc hiểu không chỉ là đọc thông',
    dek: 'Trò chuyện với TS Lương Thị Ngân về khoảng cách giữa "đọc được" và "hiểu được" ở học trò vùng dân tộc thiểu số, và những bộ truyện tranh song ngữ đang được các trường dùng thử.',
    format: 'bai-viet',
    column: 'goc-nhin',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['ts-luong-thi-ngan'],
    credits: [
      ['ngo-phuong-linh', 'tac-gia'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2024-01-16T08:30:00+07:00',
    cover: 'giang-duong',
    coverAlt: 'Giảng đường đại học với những dãy bàn gỗ, nắng sớm chiếu qua cửa sổ lớn',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    seo: {
      title: 'TS Lương Thị Ngân: Đọc hiểu không chỉ là đọc thông',
      description: 'Nhà nghiên cứu giáo dục bàn về kỹ năng đọc hiểu của học sinh vùng dân tộc thiểu số và bộ truyện tranh song ngữ.',
    },
    sources: [
      {
        title: 'Báo cáo khảo sát kỹ năng đọc hiểu của học sinh tiểu học tại sáu tỉnh miền núi (2022–2023)',
        outlet: 'Trường Đại học Sư phạm Trung Du',
        url: 'https://supham-trungdu.example.vn/nghien-cuu/bao-cao-doc-hieu-lop-3',
      },
    ],
    body: `
Nhiều năm đi khảo sát ở các trường vùng cao, TS Lương Thị Ngân, giảng viên Trường Đại học Sư phạm Trung Du, gặp đi gặp lại một hiện tượng: học trò đọc to một đoạn văn trôi chảy, đúng dấu, đúng nhịp, nhưng khi được hỏi đoạn văn nói về điều gì thì im lặng. Chúng tôi trò chuyện với chị về khoảng trống ấy.

**Chị thường nói "đọc thông" và "đọc hiểu" là hai việc khác nhau. Khác nhau thế nào?**

Đọc thông là giải mã được con chữ thành âm thanh. Đọc hiểu là từ con chữ dựng được ý nghĩa trong đầu: ai làm gì, vì sao, rồi sao nữa. Với trẻ mà tiếng Việt là ngôn ngữ thứ hai, hai việc ấy có thể cách nhau rất xa. Em đọc được chữ "phiên chợ", nhưng nếu ở bản em gọi là một từ khác, hình ảnh trong đầu em có thể trống rỗng.

**Khảo sát của nhóm chị cho thấy điều gì?**

Nhóm tôi đã khảo sát hơn hai nghìn học sinh tiểu học ở sáu tỉnh miền núi. Tôi xin nói trước là mẫu ấy vẫn chưa đại diện cho cả vùng. Nhưng có một điểm khá rõ: phần lớn các em đạt yêu cầu ở câu hỏi tìm thông tin có sẵn trong bài, còn ở câu hỏi suy luận, chẳng hạn "vì sao nhân vật buồn", tỉ lệ trả lời được thấp hơn đáng kể.

## Những bộ truyện tranh song ngữ

**Từ đó nhóm chị làm truyện tranh song ngữ?**

Đúng vậy. Mỗi cuốn mười hai trang, kể một câu chuyện gần gũi: đi nương, đi chợ, đón Tết. Trang trái tiếng Việt, trang phải tiếng dân tộc. Tranh do sinh viên sư phạm vẽ, lời tiếng dân tộc do giáo viên người địa phương dịch và người trong bản đọc duyệt. Hiện có mười tám cuốn bằng tiếng Mông, tiếng Thái và tiếng Dao.

Điều quan trọng không phải cuốn sách, mà là cách dùng. Chúng tôi soạn kèm cho giáo viên một tờ hướng dẫn ngắn:

1. Cho trẻ xem tranh và kể bằng tiếng mẹ đẻ trước khi đọc chữ.
2. Đọc trang tiếng Việt cùng trẻ, dừng lại ở những từ mới.
3. Hỏi những câu "vì sao", "nếu là em thì sao", không chỉ hỏi "ai", "ở đâu".
4. Để trẻ kể lại câu chuyện theo cách của mình, bằng thứ tiếng nào cũng được.

::pullquote{text="Khi trẻ được nghĩ bằng tiếng của mình, trẻ mới có chỗ để treo những từ mới của tiếng Việt." by="TS Lương Thị Ngân"}

**Các trường phản hồi ra sao?**

Hiện có khoảng hai mươi trường tiểu học dùng thử. Giáo viên nói trẻ hào hứng hơn, hỏi nhiều hơn. Nhưng tôi muốn thận trọng: chúng tôi chưa có đủ dữ liệu để nói bộ truyện làm tăng điểm đọc hiểu. Năm học tới, nhóm sẽ theo dõi có đối chứng để trả lời câu hỏi ấy nghiêm túc hơn.

## Điều chị mong

**Nếu được đề xuất một điều cho giáo viên vùng cao, chị sẽ đề xuất gì?**

Hãy hỏi học trò nhiều câu "vì sao" hơn. Và đừng coi tiếng mẹ đẻ của các em là thứ cần bỏ lại ở cổng trường. Tôi đã gặp nhiều thầy cô làm điều đó rất tốt, như cô giáo ở Phiêng Lả với bộ thẻ chữ Mông – Việt tự làm. Những người như thế hiểu học trò hơn bất kỳ báo cáo nào của chúng tôi.

Những bạn đọc là giáo viên muốn dùng thử bộ truyện có thể xem thông tin tại [trang của nhóm nghiên cứu](https://supham-trungdu.example.vn/truyen-tranh-song-ngu).

*Xem thêm chân dung* [cô Hà Thị Lan](exemplar:co-giao-ha-thi-lan) *và* [cô Lù Thị Hoa](exemplar:co-giao-lu-thi-hoa)*, hai cô giáo lấy tiếng mẹ đẻ của học trò làm chỗ dựa.*

::exemplar[ts-luong-thi-ngan]
`,
  },
  // 12 ─ podcast ─ Gương mặt nhà giáo
  {
    slug: 'dien-mat-troi-tren-mai-nha-xe',
    title: 'Podcast "Chuyện trường, chuyện lớp" số 4: Điện mặt trời trên mái nhà xe',
    dek: 'Thầy giáo Vật lý Tống Văn Hải kể chuyện cùng học trò Trường THPT Đồi Thông dựng hệ pin mặt trời, rồi biến những con số điện năng mỗi ngày thành bài học về đo đạc, dữ liệu và tiết kiệm.',
    format: 'podcast',
    column: 'guong-mat-nha-giao',
    themes: ['chuyen-doi-so', 'doi-moi-sang-tao'],
    exemplars: ['thay-giao-tong-van-hai'],
    credits: [
      ['vu-bich-ngoc', 'thuc-hien'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2026-02-10T20:00:00+07:00',
    cover: 'phong-thi-nghiem',
    coverAlt: 'Phòng thí nghiệm Vật lý với bảng mạch, đồng hồ đo và một tấm pin mặt trời nhỏ đặt trên bàn',
    coverCaption: 'Phòng thí nghiệm năng lượng tái tạo do thầy trò Trường THPT Đồi Thông tự dựng.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
::audio{title="Chuyện trường, chuyện lớp số 4: Điện mặt trời trên mái nhà xe" url="https://soundcloud.com/guongsang-example/so-4-dien-mat-troi-tren-mai-nha-xe" transcript="Vũ Bích Ngọc: Thầy Hải ơi, nghe nói học trò của thầy sáng nào cũng lên mái nhà xe? Thầy Tống Văn Hải: Không phải lên mái đâu, chị ạ, các em chỉ xem bảng số liệu thôi. Mà câu chuyện bắt đầu từ một hóa đơn tiền điện…"}

Số thứ tư của *Chuyện trường, chuyện lớp* dài 31 phút, ghi âm tại phòng thí nghiệm Vật lý của Trường THPT Đồi Thông, nơi tiếng quạt tản nhiệt của bộ biến tần chạy đều suốt buổi. Khách mời là thầy Tống Văn Hải, giáo viên Vật lý, và hai học trò lớp 11 trong nhóm "Nắng Đồi Thông".

## Trong tập này

- **Phút 01:20** – Một hóa đơn tiền điện dán trên bảng tin và câu hỏi của thầy Hải gửi cả lớp: trường mình có thể tự làm ra bao nhiêu phần số điện ấy?
- **Phút 07:45** – Ba tháng tính toán, vẽ sơ đồ, xin ý kiến ban giám hiệu và mời thợ điện có chứng chỉ kiểm tra an toàn trước khi lắp.
- **Phút 14:30** – Bảng số liệu mỗi sáng: học trò đọc sản lượng điện, ghi vào bảng tính chung, vẽ biểu đồ theo tuần.
- **Phút 21:10** – Khi những con số trở thành bài học: công suất, hiệu suất, sai số đo và cả cách đọc một biểu đồ thời tiết.
- **Phút 27:00** – Thầy Hải trả lời câu hỏi của thính giả: trường không có kinh phí thì bắt đầu từ đâu?

## Những điều đáng nghe lại

Thầy Hải nói rõ hệ pin trên mái nhà xe có quy mô nhỏ, chủ yếu phục vụ chiếu sáng nhà xe và phòng thí nghiệm. Kinh phí đến từ nguồn xã hội hóa được hội cha mẹ học sinh công khai, và phần lắp đặt do đơn vị có chuyên môn đảm nhận, học sinh không trèo lên mái. "Các em học từ số liệu, không học bằng cách mạo hiểm," thầy nhấn mạnh.

::pullquote{text="Các em học từ số liệu, không học bằng cách mạo hiểm." by="Thầy Tống Văn Hải"}

Phần hấp dẫn nhất của tập là khi hai học trò kể về "mùa mưa dữ liệu". Suốt tháng Bảy, sản lượng điện giảm mạnh. Cả nhóm phải tìm hiểu vì sao, đối chiếu với số giờ nắng của trạm khí tượng, rồi viết báo cáo ngắn đăng trên bảng tin. Một em nói đó là lần đầu tiên em thấy môn Vật lý "có liên quan đến trời mưa ngoài cửa sổ".

### Những gì nhóm ghi lại mỗi ngày

1. Sản lượng điện trong ngày, đọc trên màn hình bộ biến tần.
2. Thời tiết: nắng, mây hay mưa, kèm nhiệt độ buổi trưa.
3. Lượng điện nhà xe và phòng thí nghiệm đã dùng.
4. Những bất thường cần báo cho thầy, như một tấm pin bị lá thông phủ kín.

## Nghe ở đâu

Tập podcast phát trên các nền tảng nghe trực tuyến và trên trang này. Trường đón các đoàn giáo viên đến tìm hiểu phòng thí nghiệm vào chiều thứ Sáu, liên hệ trước qua văn phòng nhà trường theo số [0263 000 0000](tel:+842630000000).

Nghe lại số trước của chương trình: [Bình dân học vụ số trên đồi chè](story:podcast-binh-dan-hoc-vu-so-tren-doi-che).

::exemplar[thay-giao-tong-van-hai]
`,
  },
  // 13 ─ infographic ─ Mái trường
  {
    slug: 'ba-thu-vien-xanh-ba-cach-lam',
    title: 'Infographic: Ba thư viện xanh, ba cách làm',
    dek: 'Một góc cầu thang giữa phố cũ, một mái lá dưới tán đước, một mái hiên tiệm tạp hóa đầu kênh: ba thư viện xanh, kể bằng những con số và những quy tắc nhỏ.',
    format: 'infographic',
    column: 'mai-truong',
    themes: ['thu-vien-xanh'],
    exemplars: ['co-giao-le-ngoc-bich', 'truong-thcs-mui-dat', 'ba-nguyen-thi-tu'],
    credits: [
      ['do-thanh-tam', 'do-hoa'],
      ['nguyen-thu-ha', 'tac-gia'],
      ['dinh-thi-mai', 'tac-gia'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2026-03-20T10:00:00+07:00',
    updatedAt: '2026-03-24T15:20:00+07:00',
    cover: 'thu-vien-xanh',
    coverAlt: 'Minh họa ba kệ sách đặt cạnh nhau: dưới gầm cầu thang, dưới mái lá và dưới mái hiên',
    coverCaption: 'Ba thư viện xanh, ba không gian khác nhau.',
    coverCredit: 'Đồ họa: Đỗ Thanh Tâm',
    sources: [
      { title: 'Sổ theo dõi mượn trả sách năm học 2024–2025', outlet: 'Thư viện Trường Tiểu học Ngọc Lan' },
      { title: 'Danh mục tiêu bản và sách môi trường', outlet: 'Trường THCS Mũi Đất' },
      { title: 'Sổ ghi chép tủ sách của bà Nguyễn Thị Tư (ảnh chụp, tháng 2/2026)' },
    ],
    body: `
"Thư viện xanh" không có một khuôn mẫu. Ở mỗi nơi, nó mang hình dạng của chỗ học trò đi qua mỗi ngày. Gương sáng đã lần lượt kể về ba thư viện như thế; infographic này đặt cạnh nhau những con số do chính người làm thư viện cung cấp, cập nhật đến đầu năm 2026. Các số liệu là số liệu tự ghi chép, đã được làm tròn, không nhằm so sánh hơn kém.

## Thẻ 1: Góc cầu thang giữa phố cũ

Trường Tiểu học Ngọc Lan, Hà Nội. Sân chật, không còn chỗ xây thêm phòng. Năm 2021, cô giáo Lê Ngọc Bích cùng phụ huynh dọn sạch góc gầm cầu thang vốn là kho chứa bàn ghế hỏng.

::factbox{title="Trường Tiểu học Ngọc Lan"}
- Diện tích: khoảng 18 m² dưới gầm cầu thang và 30 m² hành lang liền kề.
- Sách: khoảng 3.000 cuốn, xếp theo màu gáy để học trò nhỏ dễ tìm.
- Sách mới từ phong trào "đổi giấy vụn lấy sách": hơn 300 đầu sách mỗi năm.
- Lượt mượn trung bình: khoảng 14 lượt mỗi học sinh mỗi năm học.
- Người trực: học trò các lớp luân phiên ghi sổ mượn trả, tưới cây.
::end

## Thẻ 2: Mái lá dưới tán đước

Trường THCS Mũi Đất, Cà Mau. Từ năm 2022, thư viện được dựng trên sàn gỗ cao hơn mặt nước triều, mái lợp lá dừa nước, sách đứng cạnh tủ tiêu bản do học trò tự làm.

::factbox{title="Trường THCS Mũi Đất"}
- Không gian: sàn gỗ mái lá dưới tán đước, mở bốn phía.
- Sách: khoảng 2.500 đầu sách, phần lớn do phụ huynh và bạn đọc tặng.
- Tiêu bản: 60 loài cây và con vật của vùng đất mũi.
- Giờ mở: mọi giờ ra chơi và chiều thứ Bảy; học sinh tự quản, ghi sổ mượn trả.
::end

## Thẻ 3: Mái hiên tiệm tạp hóa đầu kênh

Ở đầu một con kênh tại An Giang, học trò tiểu học thường phải chờ đò mười lăm phút, có hôm nửa tiếng. Năm 2023, bà Nguyễn Thị Tư, chủ một tiệm tạp hóa nhỏ, xin lại thùng truyện cũ của đứa cháu và kê một tủ sách dưới mái hiên nhà mình.

::factbox{title="Tủ sách mái hiên của bà Tư"}
- Không gian: mái hiên tiệm tạp hóa, một tủ gỗ không khóa và hai kệ đóng thêm.
- Sách: từ khoảng 50 cuốn năm 2023 lên hơn một nghìn cuốn, phần lớn do người dân tặng.
- Quy tắc: đọc xong để lại chỗ cũ; mượn về thì ghi tên vào cuốn sổ.
- Người giữ sổ: một học trò lớp Năm, mỗi năm học bầu lại.
::end

## Điểm chung của ba thư viện

Đặt ba thư viện cạnh nhau, chúng tôi thấy bốn điều giống nhau:

1. Thư viện đặt đúng nơi học trò đi qua, không bắt học trò phải đi tìm.
2. Kệ sách thấp, sách để mở, học trò tự lấy, tự cất.
3. Học trò được góp ý về việc mua sách gì, đọc gì.
4. Người lớn giữ vai trò gợi mở, không biến giờ đọc thành giờ kiểm tra.

::pullquote{text="Thư viện không cần to. Thư viện cần ở đúng chỗ học trò đi qua mỗi ngày." by="Cô Lê Ngọc Bích"}

## Những điều còn thiếu

Cả ba nơi đều nói với chúng tôi về những khó khăn giống nhau: thiếu sách cho trẻ khiếm thị, thiếu sách song ngữ, và mùa mưa thì sách dễ ẩm mốc. Bà Tư vẫn mong có một tấm bạt che mưa tốt hơn, vì mùa mưa nước hắt vào làm ẩm sách. Góc cầu thang ở Ngọc Lan thì nóng vào mùa hè, còn ở Mũi Đất, học trò phải tự chia nhau phơi sách những ngày nắng.

Đọc lại từng câu chuyện: [Tủ sách đầu kênh của bà Tư](story:tu-sach-dau-kenh), [Thư viện dưới tán đước](story:thu-vien-duoi-tan-duoc) và [Thư viện xanh dưới gầm cầu thang](story:thu-vien-xanh-giua-pho). Thông tin về các mô hình trong phong trào thi đua của ngành được đăng trên [cổng thông tin của Bộ Giáo dục và Đào tạo](https://moet.gov.vn).

::exemplar[co-giao-le-ngoc-bich]

::exemplar[truong-thcs-mui-dat]{note="Thư viện xanh dưới tán đước."}

::exemplar[ba-nguyen-thi-tu]{note="Tủ sách mái hiên ở đầu kênh."}
`,
  },
  // 14 ─ video ─ Nơi vùng khó
  {
    slug: 'nhung-cuon-truyen-hai-thu-tieng',
    title: 'Những cuốn truyện hai thứ tiếng',
    dek: 'Video: một năm sau khi bộ truyện tranh song ngữ của TS Lương Thị Ngân về các điểm trường vùng cao, nhóm nghiên cứu trở lại lớp học để xem học trò đọc, hỏi và kể lại câu chuyện ra sao.',
    format: 'video',
    column: 'noi-vung-kho',
    themes: ['doi-moi-sang-tao', 'lop-hoc-than-thien'],
    exemplars: ['ts-luong-thi-ngan'],
    credits: [
      ['pham-quoc-viet', 'video'],
      ['lo-van-hao', 'thuc-hien'],
      ['vu-bich-ngoc', 'loi-binh'],
    ],
    publishedAt: '2025-10-14T19:00:00+07:00',
    cover: 'lop-hoc-vung-cao',
    coverAlt: 'Trẻ em vùng cao ngồi quanh chiếc bàn gỗ, chụm đầu xem một cuốn truyện tranh mỏng',
    coverCaption: 'Giờ đọc truyện song ngữ ở một điểm trường tiểu học vùng cao.',
    coverCredit: 'Ảnh cắt từ video: Phạm Quốc Việt',
    sources: [
      {
        title: 'Báo cáo giữa kỳ: theo dõi có đối chứng việc dùng truyện tranh song ngữ ở lớp 2 và lớp 3 (năm học 2024–2025)',
        outlet: 'Trường Đại học Sư phạm Trung Du',
        url: 'https://supham-trungdu.example.vn/nghien-cuu/truyen-tranh-song-ngu-bao-cao-giua-ky',
      },
    ],
    body: `
::video{url="https://www.youtube.com/watch?v=Tn2tSongNgu8" title="Những cuốn truyện hai thứ tiếng – Gương sáng" caption="Video 6 phút 15 giây, quay tại hai điểm trường tiểu học vùng cao và Trường Đại học Sư phạm Trung Du."}

Cuốn truyện chỉ có mười hai trang, bìa đã quăn góc. Trang trái là tiếng Việt, trang phải là tiếng Mông. Bảy đứa trẻ lớp 3 chụm đầu quanh chiếc bàn gỗ, một em đọc to trang tiếng Mông, cả nhóm cười khi đến đoạn con chó nhỏ đuổi theo đàn gà. Rồi cô giáo hỏi: "Vì sao con chó lại chạy về nhà?" Im lặng một lúc. Một cậu bé giơ tay, trả lời bằng tiếng Mông, rồi tự dịch lại sang tiếng Việt, chậm rãi từng chữ.

Đó là cảnh mở đầu video Gương sáng thực hiện khi theo nhóm nghiên cứu của TS Lương Thị Ngân trở lại hai điểm trường vùng cao, một năm sau khi bộ truyện tranh song ngữ được đưa vào giờ đọc.

## Câu hỏi "vì sao"

Trong bài trò chuyện với Gương sáng đầu năm 2024, TS Ngân từng nói nhóm của chị chưa đủ dữ liệu để khẳng định bộ truyện giúp học trò đọc hiểu tốt hơn. Năm học 2024–2025, nhóm theo dõi có đối chứng ở tám lớp: bốn lớp dùng truyện song ngữ mỗi tuần ba buổi, bốn lớp học như thường lệ.

Video ghi lại buổi nhóm nghiên cứu làm bài đánh giá cuối năm. Mỗi em đọc một đoạn văn ngắn, rồi trả lời sáu câu hỏi, trong đó có hai câu hỏi suy luận. Các sinh viên sư phạm trong nhóm ngồi bệt xuống sàn lớp, ghi chép từng câu trả lời.

::pullquote{text="Kết quả tốt hơn một chút, nhưng tôi muốn nói rõ: một chút thôi, và mới ở tám lớp." by="TS Lương Thị Ngân"}

## Kết quả, nói cho đúng

Theo báo cáo giữa kỳ của nhóm, ở câu hỏi suy luận, tỉ lệ học trò trả lời được ở các lớp dùng truyện song ngữ cao hơn các lớp đối chứng khoảng tám điểm phần trăm. Ở câu hỏi tìm thông tin có sẵn, hai nhóm gần như không khác nhau. TS Ngân nhấn mạnh trong video rằng số lớp còn ít, giáo viên ở mỗi lớp cũng khác nhau, nên kết quả chỉ là gợi ý để nghiên cứu tiếp.

Điều nhóm thấy rõ hơn nằm ngoài con số. Giáo viên ở các lớp dùng truyện kể rằng học trò hỏi nhiều hơn, và phụ huynh bắt đầu mượn truyện mang về. Một bà mẹ trong video nói bà không đọc được tiếng Việt, nhưng đọc được trang tiếng Mông, nên tối nào cũng đọc cho con nghe trước.

### Những gì đã thay đổi trong bộ truyện

- Thêm hai cuốn mới bằng tiếng Dao theo đề nghị của giáo viên ở các bản có học trò người Dao, nâng bộ truyện lên hai mươi cuốn.
- Mỗi cuốn có thêm trang cuối gồm ba câu hỏi "vì sao" gợi ý cho giáo viên.
- Chữ in to hơn, giấy dày hơn để dùng được lâu ở lớp học ẩm.

## Ở phía sau những cuốn truyện

Đoạn cuối video đưa người xem về phòng làm việc của nhóm ở trường đại học, nơi sinh viên vẽ tranh, giáo viên người địa phương dịch lời và người trong bản đọc duyệt từng trang. TS Ngân nói bộ truyện là công sức của nhiều người hơn cái tên in trên bìa. Chị cũng nhắc đến những giáo viên như [cô Hà Thị Lan](exemplar:co-giao-ha-thi-lan), người đã dùng thẻ chữ Mông – Việt từ trước khi có bất kỳ nghiên cứu nào.

Đọc lại cuộc trò chuyện năm 2024: [Đọc hiểu không chỉ là đọc thông](story:doc-hieu-khong-chi-la-doc-thong).

::exemplar[ts-luong-thi-ngan]
`,
  },
  // 15 ─ longform ─ Góc nhìn
  {
    slug: 'tu-nhan-to-moi-den-guong-dien-hinh',
    title: 'Từ "nhân tố mới" đến gương điển hình: một hồ sơ đi qua những bước nào?',
    dek: 'Phát hiện, lựa chọn, bồi dưỡng, biểu dương, nhân rộng: theo chân bốn gương điển hình trong dữ liệu của Gương sáng để hiểu con đường từ một việc tốt đến một quyết định khen thưởng công khai.',
    format: 'longform',
    column: 'goc-nhin',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['hoc-sinh-nguyen-gia-bao', 'sinh-vien-do-minh-quan', 'truong-thcs-mui-dat', 'truong-ptdtbt-thcs-suoi-may'],
    credits: [
      ['hoang-duc-long', 'tac-gia'],
      ['do-thanh-tam', 'do-hoa'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2025-09-15T08:00:00+07:00',
    cover: 'le-tuyen-duong',
    coverAlt: 'Hội trường lễ tuyên dương, trên sân khấu là hàng ghế các đại biểu và phông nền màu đỏ',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    seo: {
      title: 'Từ nhân tố mới đến gương điển hình: con đường của một hồ sơ',
      description: 'Longform giải thích các bước phát hiện, bồi dưỡng, biểu dương và nhân rộng điển hình tiên tiến qua bốn trường hợp cụ thể.',
    },
    sources: [
      {
        title: 'Kế hoạch 595/KH-BGDĐT ngày 10/4/2023 triển khai Đề án "Tuyên truyền gương điển hình tiên tiến giai đoạn 2023–2025" của ngành Giáo dục',
        outlet: 'Bộ Giáo dục và Đào tạo',
        url: 'https://moet.gov.vn',
      },
      { title: 'Luật Thi đua, khen thưởng số 06/2022/QH15', outlet: 'Quốc hội' },
    ],
    body: `
Bạn đọc thường hỏi chúng tôi: vì sao người này được gọi là "gương điển hình", còn người kia thì chưa? Ai quyết định, dựa vào đâu? Bài viết này không trả lời thay cơ quan có thẩm quyền. Chúng tôi chỉ đi lại con đường của bốn hồ sơ mà Gương sáng đã theo dõi, để thấy một việc tốt trở thành một câu chuyện được công khai như thế nào.

## Năm bước trong một kế hoạch

Kế hoạch 595/KH-BGDĐT của Bộ Giáo dục và Đào tạo, ban hành tháng 4/2023, đặt ra yêu cầu kịp thời phát hiện, bồi dưỡng, nhân rộng và tôn vinh các tập thể, cá nhân điển hình. Có thể tóm lại thành năm bước:

1. **Phát hiện**: một việc làm, một cách làm mới được ghi nhận, thường gọi là "nhân tố mới".
2. **Lựa chọn**: đơn vị xem xét, xác minh, đối chiếu với tiêu chí.
3. **Bồi dưỡng**: tạo điều kiện để cách làm được hoàn thiện, theo dõi qua nhiều năm.
4. **Biểu dương, khen thưởng**: bằng quyết định của cấp có thẩm quyền, công khai, đúng người, đúng thành tích.
5. **Tuyên truyền, nhân rộng**: kể lại câu chuyện, chia sẻ cách làm để nơi khác học theo.

Infographic [Hành trình của một gương điển hình](story:infographic-hanh-trinh-mot-guong-dien-hinh) đã minh họa năm bước ấy qua trường hợp một cô giáo cắm bản. Bốn hồ sơ dưới đây cho thấy mỗi hành trình có một nhịp độ riêng.

## Hồ sơ thứ nhất: một buổi chiều bên bờ mương

Tháng 4/2025, một phụ huynh đến Trường Tiểu học Cầu Tre báo tin: con mình trượt chân xuống mương, được một bạn lớp Năm chìa can nhựa cho bám rồi gọi người lớn. Nhà trường xác minh với gia đình, với người lớn có mặt hôm ấy. Chỉ trong khoảng một tháng, em Nguyễn Gia Bảo được Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen trong phong trào "Người tốt, việc tốt".

Đây là con đường ngắn nhất: một hành động rõ ràng, có người chứng kiến, được ghi nhận kịp thời. Câu chuyện đã được kể trong bài [Cậu bé và chiếc can nhựa](story:cau-be-va-chiec-can-nhua), và trong longform [Hòm thư "Con muốn nói" và một trường học hạnh phúc](story:hom-thu-con-muon-noi).

## Hồ sơ thứ hai: hai năm từ xưởng trường đến cấp thành phố

Đỗ Minh Quân được chú ý lần đầu vào tháng 11/2023, khi đạt giải tại hội thi tay nghề của trường. Từ đó, em được chọn vào đội tuyển, được thầy hướng dẫn huấn luyện bảy tháng, giành huy chương vàng cấp vùng năm 2024, rồi được tuyên dương sinh viên giáo dục nghề nghiệp tiêu biểu cấp thành phố đầu năm 2025. Bước "bồi dưỡng" ở đây rất cụ thể: một lịch tập, một người thầy và một xưởng thực hành. Chi tiết trong ký sự [Từ đống thiết bị thải loại đến tấm huy chương vàng](story:tu-thiet-bi-thai-loai-den-huy-chuong-vang).

::pullquote{text="Bồi dưỡng một điển hình không phải là chuẩn bị hồ sơ cho đẹp. Đó là tạo điều kiện để việc tốt được làm tiếp." by="Ghi chú của ban biên tập"}

## Hồ sơ thứ ba: một mô hình cần thời gian

Thư viện xanh dưới tán đước của Trường THCS Mũi Đất được giới thiệu như một mô hình mới từ tháng 9/2022. Gần ba năm sau, tháng 5/2025, tập thể nhà trường nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo. Ở giữa là những năm học trò lội rừng, ép tiêu bản, trồng cây con. Với một mô hình, thời gian là một phần của bằng chứng: cách làm có bền không, có lan ra không. Xem phóng sự ảnh [Thư viện dưới tán đước](story:thu-vien-duoi-tan-duoc).

## Hồ sơ thứ tư: được theo dõi cả sau khi đã được tôn vinh

Trường PTDTBT THCS Suối Mây là tập thể tiêu biểu cấp cơ sở từ năm 2020, nhận Cờ thi đua của tỉnh năm 2022 và Cờ thi đua của Bộ Giáo dục và Đào tạo năm 2024. Con số được nhà trường theo dõi kỹ nhất là tỉ lệ học sinh bỏ học, giảm từ hơn 5% xuống dưới 1% trong năm năm. Kế hoạch yêu cầu các đơn vị tiếp tục theo dõi cả những điển hình đã được khen, và Suối Mây vẫn báo cáo con số ấy hằng năm.

::factbox{title="Bốn hồ sơ, bốn nhịp độ"}
- Nguyễn Gia Bảo: khoảng 1 tháng từ khi nhà trường nhận tin đến khi được biểu dương cấp tỉnh.
- Đỗ Minh Quân: khoảng 14 tháng từ hội thi cấp trường đến tuyên dương cấp thành phố.
- Trường THCS Mũi Đất: gần 3 năm từ khi mô hình được giới thiệu đến Bằng khen của Bộ trưởng.
- Trường PTDTBT THCS Suối Mây: 4 năm từ tập thể tiêu biểu cơ sở đến Cờ thi đua của Bộ, và vẫn được theo dõi.
::end

## Điều chúng tôi tự dặn

Đề án của Chính phủ yêu cầu công tác tuyên truyền phải *khách quan, trung thực, tránh cường điệu, thổi phồng thành tích*. Với mỗi hồ sơ, chúng tôi chỉ công bố những khen thưởng có quyết định đi kèm, ghi rõ số và ngày quyết định. Những người đang ở bước "bồi dưỡng" có thể chưa xuất hiện công khai, và đó là lựa chọn của đơn vị, không phải sự bỏ quên.

::exemplar[hoc-sinh-nguyen-gia-bao]

::exemplar[sinh-vien-do-minh-quan]

::exemplar[truong-thcs-mui-dat]

::exemplar[truong-ptdtbt-thcs-suoi-may]
`,
  },
  // 16 ─ ký sự ─ Học trò tiêu biểu
  {
    slug: 'muoi-mot-cay-so-cuoi-tuan',
    title: 'Mười một cây số cuối tuần',
    dek: 'Ký sự theo chân Giàng A Chư, cậu học trò bán trú người Mông đạt giải Nhì học sinh giỏi Toán cấp tỉnh, trên con đường núi về bản chiều thứ Sáu và những buổi kèm bài cho các em nhỏ.',
    format: 'ky-su',
    column: 'hoc-tro-tieu-bieu',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['hoc-sinh-giang-a-chu'],
    credits: [
      ['lo-van-hao', 'tac-gia'],
      ['bui-gia-huy', 'anh'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2024-04-08T07:00:00+07:00',
    cover: 'lop-hoc-vung-cao',
    coverAlt: 'Cậu học trò người Mông ngồi bên bàn gỗ, xung quanh là mấy em nhỏ đang cúi đầu viết bài',
    coverCaption: 'Giàng A Chư kèm bài cho các em nhỏ trong bản vào sáng thứ Bảy.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
Chiều thứ Sáu, bốn giờ rưỡi, tiếng trống tan học cuối tuần ở Trường Phổ thông Dân tộc bán trú THCS Suối Mây vừa dứt, Giàng A Chư đã đeo xong chiếc ba lô. Trong ba lô có hai quyển vở, một hộp bút màu xin được của cô phụ trách thư viện và một túi kẹo. "Cho bọn nhỏ ở bản," Chư giải thích ngắn gọn, rồi bước ra cổng.

Từ trường về bản của Chư là hơn mười cây số, hầu hết là đường mòn lên dốc. Tôi xin đi cùng.

## Con dốc và những bài toán

Chư đi nhanh, bước đều, không nói nhiều. Đến con dốc thứ hai, em mới chịu dừng lại chờ tôi. Tôi hỏi em nghĩ gì khi đi một mình trên đường này mỗi tuần hai lượt. Chư ngẫm một lúc rồi bảo: "Em nghĩ bài toán. Bài nào trên lớp chưa làm được thì vừa đi vừa nghĩ. Về đến nhà là có cách."

Thầy giáo Toán của Chư, thầy Mùa A Sinh, cũng là người Mông và từng học ở chính ngôi trường này. Thầy kể rằng Chư không phải học trò nhanh nhất lớp, nhưng là người kiên nhẫn nhất. "Có bài em ấy nghĩ cả tuần, thứ Hai lên nộp cho thầy cách giải viết trên mặt sau tờ lịch."

::pullquote{text="Bài nào trên lớp chưa làm được thì vừa đi vừa nghĩ. Về đến nhà là có cách." by="Giàng A Chư"}

Năm học này, Chư đạt giải Nhì học sinh giỏi môn Toán cấp tỉnh. Theo lời trưởng bản, em là học sinh đầu tiên của bản có giải cấp tỉnh. Khi tôi nhắc đến chuyện ấy, em chỉ gãi đầu và chuyển sang kể về con chó của nhà mình.

## Lớp học ở hiên nhà

Bảy giờ tối, chúng tôi về đến bản. Sáng thứ Bảy, hiên nhà Chư đã có chín đứa trẻ ngồi chờ, đứa lớp 2, đứa lớp 5, có đứa chưa đi học. Chư kê tấm ván làm bàn, chia các em thành hai nhóm. Nhóm lớn làm bài tập cô giáo giao, nhóm nhỏ tô màu và tập đếm bằng hạt ngô.

Chư dạy theo cách của thầy Sinh: không giải hộ. Em hỏi lại, gợi ý, bắt các em tự đếm. Một cô bé lớp 3 làm sai phép trừ có nhớ, Chư lấy mười hạt ngô ra, cùng em đếm lại từ đầu. Lần thứ ba thì cô bé làm đúng, cả hiên nhà vỗ tay.

Mẹ Chư ngồi bên bếp, thỉnh thoảng nhìn ra. Bà không nói được nhiều tiếng Việt. Qua lời Chư dịch, bà bảo ngày trước bà không muốn con đi học xa, sợ con khổ. "Bây giờ nó học được, lại dạy được em nó. Thế là được."

## Những điều phía sau một tấm giấy khen

Chư không đi một mình trên con đường học. Nhà trường giữ cho em chỗ ở bán trú, bữa cơm đủ chất và phòng ôn tập buổi tối có thầy cô trực. Thầy Sinh dành riêng những buổi chiều thứ Năm để ôn cho nhóm học sinh giỏi. Hội phụ huynh góp tiền mua cho em đôi giày mới trước kỳ thi cấp tỉnh.

### Lịch một tuần của Chư

- Thứ Hai đến thứ Sáu: học chính khóa, tối ôn bài ở phòng tự học của khu bán trú.
- Chiều thứ Sáu: đi bộ hơn mười cây số về bản.
- Sáng thứ Bảy: kèm bài cho các em nhỏ ở hiên nhà.
- Chiều thứ Bảy: lên nương cùng bố mẹ.
- Sáng Chủ nhật: đi bộ trở lại trường.

Sáng Chủ nhật, Chư lại lên đường từ sớm. Tôi hỏi em muốn học gì sau này. Em nói muốn làm thầy giáo Toán, "như thầy Sinh". Rồi em nói thêm, như sợ tôi viết sai: "Nhưng phải học xong cấp ba đã."

::exemplar[hoc-sinh-giang-a-chu]

Xem thêm chân dung người thầy Toán của Chư, [thầy Mùa A Sinh](exemplar:thay-giao-mua-a-sinh).
`,
  },
  // 17 ─ bài viết ─ Học trò tiêu biểu
  {
    slug: 'cau-be-va-chiec-can-nhua',
    title: 'Cậu bé và chiếc can nhựa',
    dek: 'Thấy em nhỏ trượt chân xuống mương, cậu học trò lớp Năm Nguyễn Gia Bảo không nhảy xuống mà chìa chiếc can nhựa cho bạn bám và gọi người lớn, đúng như bài học kỹ năng ở trường.',
    format: 'bai-viet',
    column: 'hoc-tro-tieu-bieu',
    themes: ['truong-hoc-hanh-phuc'],
    exemplars: ['hoc-sinh-nguyen-gia-bao', 'truong-tieu-hoc-cau-tre'],
    credits: [
      ['dinh-thi-mai', 'tac-gia'],
      ['tran-minh-khang', 'anh'],
    ],
    publishedAt: '2025-05-26T08:00:00+07:00',
    republishedFrom: {
      outlet: 'Báo Miệt Vườn điện tử',
      url: 'https://mietvuon.example.vn/giao-duc/cau-be-va-chiec-can-nhua',
      originalDate: '2025-05-20',
    },
    cover: 'song-nuoc-mien-tay',
    coverAlt: 'Con mương nhỏ chạy dọc vườn dừa, bên bờ là lối đi đất dẫn về trường',
    coverCaption: 'Con mương trên đường từ Trường Tiểu học Cầu Tre về xóm.',
    coverCredit: 'Ảnh: Trần Minh Khang',
    sources: [
      { title: 'Quyết định số 1021/QĐ-UBND ngày 16/5/2025 về việc tặng Bằng khen (dữ liệu mẫu)', outlet: 'Ủy ban nhân dân tỉnh Vĩnh Long' },
    ],
    body: `
Buổi chiều hôm ấy không có gì khác thường. Tan học, Nguyễn Gia Bảo, học sinh lớp Năm Trường Tiểu học Cầu Tre, đi bộ về nhà theo con đường đất dọc bờ mương như mọi ngày. Đi trước em vài chục mét là mấy đứa nhỏ lớp Hai, vừa đi vừa đùa nhau. Rồi Bảo nghe một tiếng "ùm".

Một cô bé lớp Hai trượt chân xuống mương. Mùa này nước không sâu với người lớn, nhưng quá đầu một đứa trẻ tám tuổi.

## Mười mấy giây

Kể lại với chúng tôi, Bảo nói chậm, như vẫn đang nhớ từng bước. Em không nhảy xuống. "Cô dạy là mình nhỏ, nhảy xuống là hai đứa cùng chìm," em nói. Em nhìn quanh, thấy một chiếc can nhựa rỗng người ta dùng để tưới rau vứt bên bờ. Em nằm rạp xuống mép bờ, đẩy chiếc can ra cho bạn bám, rồi vừa giữ quai can vừa hét thật to gọi người lớn.

Một bác đang làm vườn gần đó chạy đến, lội xuống bế cô bé lên. Cô bé sặc nước, sợ hãi, nhưng không sao. Toàn bộ sự việc, theo lời bác làm vườn, diễn ra chưa đến một phút.

::pullquote{text="Cô dạy là mình nhỏ, nhảy xuống là hai đứa cùng chìm." by="Nguyễn Gia Bảo, học sinh lớp Năm"}

## Bài học từ giờ kỹ năng

Điều khiến thầy cô Trường Tiểu học Cầu Tre xúc động không phải là sự dũng cảm của Bảo, mà là sự bình tĩnh. Những gì em làm trùng khớp với bài học về an toàn dưới nước mà trường dạy cho học sinh từ lớp Ba, với ba điều được nhắc đi nhắc lại:

1. **Hét to**: gọi người lớn ngay lập tức.
2. **Ném, đưa**: đưa cho người bị nạn một vật nổi hoặc một cành cây, sợi dây.
3. **Không nhảy xuống**: trẻ em không tự xuống nước cứu người.

Cô giáo chủ nhiệm của Bảo kể, trong giờ học, em từng hỏi: "Nếu không có gì để ném thì sao cô?" Cả lớp đã cùng nhau liệt kê những thứ thường có ở bờ mương: can nhựa, thân chuối, sợi dây phơi. Cô không ngờ câu hỏi ấy có ngày được trả lời ngoài đời thật.

## Được biểu dương

Sau khi gia đình cô bé đến trường báo tin, nhà trường xác minh lại sự việc với những người có mặt rồi đề xuất khen thưởng. Ngày 19/5, Bảo nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh trong phong trào "Người tốt, việc tốt".

Ở lễ chào cờ đầu tuần sau đó, thầy hiệu trưởng Đặng Quang Vinh không kể chuyện Bảo như chuyện một người hùng. Thầy kể lại từng bước em đã làm, rồi hỏi cả trường: "Nếu là các con, các con sẽ làm gì?" Hàng trăm cánh tay giơ lên. Nhiều em trả lời đúng ba bước.

## Bảo bây giờ

Bảo vẫn đi con đường cũ mỗi chiều. Cô bé lớp Hai hôm ấy giờ hay đi cùng em. Khi được hỏi có sợ không, Bảo bảo lúc đó thì không kịp sợ, về nhà mới sợ, tối ấy ngủ không được. Mẹ em kể em kể lại chuyện cho cả nhà nghe ba lần.

Bảo nói em mong mọi bạn nhỏ đều được học bơi. Ở [Trường Mầm non Hoa Sen](exemplar:truong-mam-non-hoa-sen) bên Đồng Tháp, trẻ năm tuổi đã được làm quen với nước, em nghe cô giáo kể vậy. "Em muốn trường em cũng có hồ bơi," Bảo nói, rồi cười.

Về mô hình trường học nơi Bảo được dạy những bài học như thế, mời đọc [Trường học hạnh phúc bắt đầu từ việc bớt một tờ giấy](story:truong-hoc-hanh-phuc-bat-dau-tu-bot-mot-to-giay).

::exemplar[hoc-sinh-nguyen-gia-bao]
`,
  },
  // 18 ─ infographic ─ Mái trường
  {
    slug: 'vua-hoc-vua-lam-qua-nhung-con-so',
    title: 'Infographic: "Vừa học vừa làm" qua những con số',
    dek: 'Chín cán bộ Phòng Đào tạo Trường Cao đẳng Kỹ thuật Ven Biển đã đưa sinh viên năm hai vào thực tập có lương tại doanh nghiệp như thế nào, và điều gì thay đổi sau năm khóa học.',
    format: 'infographic',
    column: 'mai-truong',
    themes: ['doi-moi-sang-tao', 'chuyen-doi-so'],
    exemplars: ['phong-dao-tao-cao-dang-ven-bien'],
    credits: [
      ['do-thanh-tam', 'do-hoa'],
      ['nguyen-thu-ha', 'tac-gia'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2026-01-13T09:00:00+07:00',
    cover: 'xuong-thuc-hanh',
    coverAlt: 'Minh họa sinh viên mặc đồng phục bảo hộ làm việc bên dây chuyền trong nhà xưởng',
    coverCaption: 'Sinh viên năm hai thực tập tại doanh nghiệp trong khu công nghiệp.',
    coverCredit: 'Đồ họa: Đỗ Thanh Tâm',
    sources: [
      {
        title: 'Báo cáo khảo sát việc làm sinh viên tốt nghiệp các năm 2020–2025',
        outlet: 'Trường Cao đẳng Kỹ thuật Ven Biển',
        url: 'https://caodangvenbien.example.vn/bao-cao/viec-lam-sinh-vien-2020-2025',
      },
    ],
    body: `
Sáu năm trước, nhiều sinh viên nghề của Trường Cao đẳng Kỹ thuật Ven Biển chỉ bước vào một nhà máy thật ở học kỳ cuối, trong vài tuần thực tập. Phòng Đào tạo của trường, với chín cán bộ, đã thiết kế lại cách làm: từ năm thứ hai, sinh viên luân phiên học ở trường và làm việc có lương tại doanh nghiệp. Infographic này tóm tắt chương trình qua số liệu do nhà trường công bố trong báo cáo khảo sát việc làm.

## Thẻ 1: Chương trình vận hành thế nào

1. Năm thứ nhất: học nền tảng và an toàn lao động tại trường.
2. Năm thứ hai: mỗi học kỳ có 8 tuần học tại trường và 10 tuần làm việc tại doanh nghiệp, có hợp đồng thực tập và phụ cấp.
3. Trong thời gian ở doanh nghiệp, mỗi sinh viên có một người kèm cặp là kỹ thuật viên của doanh nghiệp và một giảng viên theo dõi.
4. Năm thứ ba: hoàn thành chuyên đề tốt nghiệp gắn với một vấn đề thực tế tại nơi thực tập.

## Thẻ 2: Những con số của chương trình

::factbox{title="Sau năm khóa tuyển sinh (2020–2024)"}
- Doanh nghiệp đối tác: 26, chủ yếu trong khu công nghiệp lân cận.
- Sinh viên đã tham gia: khoảng 1.150 lượt.
- Ngành tham gia: điện công nghiệp, cơ khí, công nghệ ô tô.
- Người kèm cặp từ doanh nghiệp được tập huấn: 74 người.
::end

## Thẻ 3: Việc làm sau tốt nghiệp

Theo báo cáo của nhà trường, tỉ lệ sinh viên có việc làm đúng ngành trong vòng sáu tháng sau tốt nghiệp là khoảng 64% ở khóa ra trường năm 2020, trước khi chương trình bắt đầu. Ở khóa ra trường năm 2025, con số này vào khoảng 89%. Nhà trường lưu ý rằng thị trường lao động trong vùng cũng thay đổi trong giai đoạn này, nên không thể quy toàn bộ mức tăng cho chương trình.

::factbox{title="Có việc làm đúng ngành sau 6 tháng"}
- Khóa tốt nghiệp 2020: khoảng 64%.
- Khóa tốt nghiệp 2023: khoảng 78%.
- Khóa tốt nghiệp 2025: khoảng 89%.
::end

## Thẻ 4: Doanh nghiệp góp ý vào giáo trình

Mỗi năm, Phòng Đào tạo tổ chức hai buổi làm việc với doanh nghiệp để rà soát nội dung đào tạo. Một số thay đổi đã được đưa vào chương trình:

- Thêm học phần đọc bản vẽ và tài liệu kỹ thuật bằng tiếng Anh.
- Tăng thời lượng thực hành lập trình bộ điều khiển trong ngành điện.
- Chuyển nhật ký thực tập giấy sang nhật ký điện tử, người kèm cặp nhận xét hằng tuần trên điện thoại.
- Đưa nội dung an toàn điện và phòng cháy vào bài kiểm tra bắt buộc trước khi xuống xưởng.

::pullquote{text="Doanh nghiệp không chỉ nhận sinh viên. Họ cùng chúng tôi dạy sinh viên." by="Đại diện Phòng Đào tạo, Trường Cao đẳng Kỹ thuật Ven Biển"}

## Thẻ 5: Những điều chưa giải quyết xong

Nhà trường thẳng thắn chỉ ra những khó khăn: một số doanh nghiệp nhỏ chưa đủ điều kiện nhận sinh viên, việc đi lại giữa trường và khu công nghiệp tốn thời gian, và tỉ lệ sinh viên bỏ dở giữa chừng ở năm thứ hai vẫn còn khoảng 6%. Phòng Đào tạo đang thử nghiệm xe đưa đón chung và tư vấn riêng cho sinh viên có nguy cơ bỏ học.

Một trong những sinh viên của chương trình là Đỗ Minh Quân, người từng bỏ học rồi quay lại và giành huy chương vàng kỹ năng nghề. Câu chuyện của em trong ký sự [Từ đống thiết bị thải loại đến tấm huy chương vàng](story:tu-thiet-bi-thai-loai-den-huy-chuong-vang).

::exemplar[phong-dao-tao-cao-dang-ven-bien]
`,
  },
  // 19 ─ phóng sự ─ Học trò tiêu biểu
  {
    slug: 'muoi-tuan-o-nha-may',
    title: 'Mười tuần ở nhà máy',
    dek: 'Phóng sự theo chân hai sinh viên năm hai Trường Cao đẳng Kỹ thuật Ven Biển trong đợt thực tập có lương đầu tiên, và những người kèm cặp các em trên dây chuyền.',
    format: 'phong-su',
    column: 'hoc-tro-tieu-bieu',
    themes: ['doi-moi-sang-tao'],
    exemplars: ['phong-dao-tao-cao-dang-ven-bien'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['bui-gia-huy', 'anh'],
      ['le-hoai-an', 'bien-tap'],
    ],
    publishedAt: '2026-06-09T08:00:00+07:00',
    cover: 'xuong-thuc-hanh',
    coverAlt: 'Nữ sinh viên mặc đồng phục bảo hộ, đội mũ, đứng cạnh một khung xe ô tô trên dây chuyền lắp ráp',
    coverCaption: 'Tuần thứ sáu của đợt thực tập tại xưởng lắp ráp.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
Sáu giờ bốn mươi lăm sáng, chiếc xe đưa đón của trường dừng trước cổng một nhà máy lắp ráp linh kiện ô tô trong khu công nghiệp. Mười hai sinh viên năm hai bước xuống, áo đồng phục bảo hộ còn mới nếp. Lê Thị Hồng Nhung, ngành công nghệ ô tô, là người duy nhất đã quen việc: em đang ở tuần thứ sáu trong đợt thực tập mười tuần đầu tiên.

## Không phải đi xem, mà là đi làm

Đợt thực tập của Nhung nằm trong chương trình "vừa học vừa làm" do Phòng Đào tạo Trường Cao đẳng Kỹ thuật Ven Biển thiết kế cùng doanh nghiệp. Từ năm thứ hai, mỗi học kỳ sinh viên học tám tuần ở trường và làm việc mười tuần ở nhà máy, có hợp đồng thực tập và phụ cấp.

Nhung nhớ tuần đầu tiên mình chỉ được đứng cạnh người kèm cặp, đưa dụng cụ và ghi chép. Tuần thứ ba, em được siết những con ốc đầu tiên trên khung xe, dưới con mắt của anh kỹ thuật viên. Bây giờ em phụ trách kiểm tra lực siết ở một công đoạn, ghi kết quả vào máy tính bảng của tổ.

"Ở trường, làm sai thì thầy cho làm lại. Ở đây, làm sai thì cả dây chuyền phải dừng," em nói. "Nên em sợ lắm, nhưng cũng học nhanh hơn."

::pullquote{text="Ở trường, làm sai thì thầy cho làm lại. Ở đây, làm sai thì cả dây chuyền phải dừng." by="Lê Thị Hồng Nhung, sinh viên năm hai"}

## Người kèm cặp

Anh Trương Văn Hậu, kỹ thuật viên mười năm kinh nghiệm, là người kèm cặp của Nhung và hai bạn khác. Anh là một trong những người được Phòng Đào tạo mời tập huấn về cách hướng dẫn sinh viên. Anh kể lúc đầu anh không mặn mà: "Đang chạy sản lượng, lại phải kèm mấy đứa chưa biết gì." Nhưng sau hai khóa, anh thấy việc kèm cặp cũng giúp chính tổ mình làm việc bài bản hơn, vì phải giải thích được vì sao làm thế này mà không làm thế khác.

Mỗi tuần, anh Hậu ghi nhận xét cho từng sinh viên vào nhật ký thực tập điện tử. Cô giảng viên theo dõi của trường đọc nhận xét ấy mỗi tối thứ Sáu và gọi điện cho những em có dấu hiệu khó khăn.

## Một chiều ở trường

Chiều thứ Bảy, chúng tôi gặp Phạm Quốc Đạt, bạn cùng lớp của Nhung, ở phòng tư vấn của trường. Đạt thực tập ở một nhà máy điện tử, tuần đầu đã muốn bỏ vì ca làm dài và đường đi xa. Cô cán bộ Phòng Đào tạo ngồi nghe em nói gần một tiếng, rồi cùng em tính lại lịch xe đưa đón và đổi sang ca sáng.

Theo nhà trường, tỉ lệ sinh viên bỏ dở giữa chừng ở năm thứ hai vẫn còn khoảng sáu phần trăm. Phòng Đào tạo coi những buổi nói chuyện như với Đạt là phần việc quan trọng không kém việc ký hợp đồng với doanh nghiệp.

### Một ngày của Nhung ở nhà máy

- 6 giờ 15: lên xe đưa đón ở cổng trường.
- 7 giờ: họp đầu ca, nhận nhiệm vụ và nhắc lại quy định an toàn.
- 7 giờ 15 đến 16 giờ: làm việc theo ca, nghỉ trưa một tiếng.
- 16 giờ 15: ghi nhật ký thực tập, trao đổi với người kèm cặp.
- 17 giờ: lên xe về trường.

## Sau mười tuần

Cuối đợt, Nhung sẽ trở lại trường học tám tuần lý thuyết trước khi đi đợt thực tập thứ hai. Em nói giờ em đọc giáo trình khác trước: đọc đến đâu, em hình dung ra ngay công đoạn ở nhà máy đến đấy. Em chưa biết ra trường sẽ làm ở đâu, nhưng anh Hậu đã dặn: "Làm cho tốt, tổ anh còn thiếu người."

Những con số của chương trình được tóm tắt trong infographic ["Vừa học vừa làm" qua những con số](story:vua-hoc-vua-lam-qua-nhung-con-so). Một cựu sinh viên của chương trình, Đỗ Minh Quân, nay đã là kỹ thuật viên: xem [chân dung Quân](exemplar:sinh-vien-do-minh-quan).

::exemplar[phong-dao-tao-cao-dang-ven-bien]
`,
  },
  // 20 ─ phóng sự ─ Mái trường
  {
    slug: 'hoi-dong-lop-cua-4a',
    title: '"Hội đồng lớp" của 4A',
    dek: 'Phóng sự về lớp 4A Trường Tiểu học Ngọc Lan, nơi mỗi tuần năm bạn được bầu điều hành giờ sinh hoạt, ba mươi tám bạn mỗi người giữ một việc chung, và không ai bị bỏ lại phía sau.',
    format: 'phong-su',
    column: 'mai-truong',
    themes: ['lop-hoc-than-thien', 'truong-hoc-hanh-phuc'],
    exemplars: ['lop-4a-tieu-hoc-ngoc-lan'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['bui-gia-huy', 'anh'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2024-05-28T08:00:00+07:00',
    cover: 'chan-dung-tap-the',
    coverAlt: 'Tập thể học sinh lớp 4A đứng trước bảng lớp, nhiều bạn giơ tay chào',
    coverCaption: 'Lớp 4A Trường Tiểu học Ngọc Lan trong buổi sinh hoạt cuối năm học.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
Tiết sinh hoạt lớp chiều thứ Sáu của lớp 4A Trường Tiểu học Ngọc Lan bắt đầu mà không có cô giáo đứng trên bục. Cô chủ nhiệm ngồi ở bàn cuối, cạnh chúng tôi. Trên bục là năm bạn nhỏ đeo thẻ "Hội đồng lớp" tự làm bằng bìa màu. Bạn trưởng hội đồng tuần này, một cô bé tóc buộc hai bên, gõ nhẹ thước xuống bàn: "Bây giờ lớp mình tổng kết tuần nhé."

## Năm bạn, một tuần

Lớp 4A có ba mươi tám học sinh. Mỗi tuần, cả lớp bầu ra một "hội đồng lớp" năm bạn. Hội đồng điều hành giờ sinh hoạt, phân việc trực nhật, đón bạn mới chuyển đến và ghi lại những việc lớp cần làm tuần sau. Nguyên tắc là luân phiên: bạn nào đã ở hội đồng thì phải chờ tất cả các bạn khác có lượt rồi mới được bầu lại.

Cô chủ nhiệm kể ý tưởng này bắt đầu từ đầu năm học, khi cô nhận ra lớp có những bạn rất giỏi phát biểu và những bạn cả tháng không nói một câu trước lớp. "Nếu chỉ để các con tự giơ tay thì mãi mãi vẫn là mấy bạn ấy," cô nói.

::pullquote{text="Nếu chỉ để các con tự giơ tay thì mãi mãi vẫn là mấy bạn ấy." by="Cô giáo chủ nhiệm lớp 4A"}

## Ba mươi tám việc chung

Ngoài hội đồng, mỗi học sinh giữ một việc chung của lớp trong cả học kỳ. Bảng phân công dán cạnh cửa, viết bằng bút màu:

- Tưới cây ở góc lớp và chậu cây lớp nhận chăm ở thư viện dưới gầm cầu thang.
- Nhắc các bạn đổi sách đọc mỗi tuần.
- Kiểm tra cửa sổ, tắt quạt, tắt đèn khi ra về.
- Ghi lịch sinh nhật các bạn, chuẩn bị tấm thiệp chung của lớp.
- Làm "bạn đồng hành" cho bạn mới chuyển đến trong hai tuần đầu.

Có những việc nghe rất nhỏ, như giữ hộp bút màu chung hay lau bảng phụ. Nhưng theo cô chủ nhiệm, chính những việc nhỏ ấy giúp những bạn nhút nhát có một chỗ đứng trong lớp.

## Không bạn nào bị bỏ lại

Trong buổi sinh hoạt chúng tôi dự, hội đồng lớp đọc tên một bạn nghỉ ốm ba ngày. Không ai phải nhắc, hai bạn ngồi gần nhà bạn ấy giơ tay nhận chép bài mang đến. Một bạn khác đề xuất cả lớp viết mỗi người một dòng vào tờ giấy chung gửi kèm.

Câu "không bạn nào bị bỏ lại" được viết to trên bảng tin của lớp. Các em giải thích với chúng tôi theo cách rất riêng: bài toán khó thì bạn giỏi giảng lại cho bạn chưa hiểu, trò chơi giờ ra chơi thì phải rủ cả những bạn đang đứng một mình.

### Những điều chưa ổn

Cô chủ nhiệm không giấu những lúc mô hình gặp trục trặc. Có tuần hội đồng cãi nhau về việc phân trực nhật. Có bạn được bầu nhưng sợ quá, khóc không chịu lên bục. Những lần ấy, cô không làm thay. Cô cho hội đồng ngồi lại giải quyết với nhau, còn bạn nhút nhát thì được lên bục cùng một bạn thân.

## Điều phụ huynh nhận thấy

Một phụ huynh kể con chị trước đây ở nhà không bao giờ nhận việc gì. Từ khi giữ việc tưới cây của lớp, cuối tuần bé tự nhận tưới cây ngoài ban công. Một phụ huynh khác nói con mình về nhà hay kể "hội đồng quyết định thế này, thế kia" bằng giọng rất nghiêm túc.

Cuối tháng Năm, lớp 4A được công nhận là lớp học thân thiện tiêu biểu của quận. Buổi sinh hoạt chúng tôi dự kết thúc bằng một việc giản dị: hội đồng tuần này trao thẻ cho năm bạn của tuần sau, kèm một tờ giấy ghi những việc còn dang dở.

Ngay dưới lớp 4A là thư viện xanh dưới gầm cầu thang do [cô Lê Ngọc Bích](exemplar:co-giao-le-ngoc-bich) khởi xướng. Xem thêm các câu chuyện về mô hình [Lớp học thân thiện](theme:lop-hoc-than-thien).

::exemplar[lop-4a-tieu-hoc-ngoc-lan]
`,
  },
  // 21 ─ longform ─ Tri ân thầy cô
  {
    slug: 'gap-lai-nhung-nguoi-thay',
    title: 'Gặp lại những người thầy',
    dek: 'Nhân Ngày Nhà giáo Việt Nam 2026, phóng viên Gương sáng trở lại với bốn thầy cô từng xuất hiện trên trang: con dốc qua đèo, lớp học bơi ở làng chài, lớp học buổi tối ở đồi chè và tập đồng dao song ngữ.',
    format: 'longform',
    column: 'tri-an-thay-co',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['thay-giao-ho-van-lanh', 'thay-giao-nguyen-van-bien', 'co-giao-vu-thi-kim-oanh', 'co-giao-lu-thi-hoa'],
    credits: [
      ['nguyen-thu-ha', 'tac-gia'],
      ['lo-van-hao', 'tac-gia'],
      ['tran-minh-khang', 'anh'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2026-11-19T07:00:00+07:00',
    cover: 'le-tuyen-duong',
    coverAlt: 'Bó hoa tươi đặt trên bàn giáo viên trong một lớp học vắng, nắng chiếu xiên qua cửa sổ',
    coverCaption: 'Một năm học mới, những người thầy vẫn ở chỗ cũ.',
    coverCredit: 'Ảnh: Trần Minh Khang',
    body: `
Viết về một người thầy, chúng tôi thường chỉ ở lại với họ vài ngày. Bài báo đăng lên, cuộc sống của họ vẫn tiếp tục, với những việc dang dở mà người viết không kịp thấy. Kế hoạch triển khai Đề án tuyên truyền gương điển hình của ngành Giáo dục nhắc các đơn vị tiếp tục theo dõi cả những người đã được biểu dương. Năm nay, nhân ngày 20/11, chúng tôi tự đặt cho mình một việc tương tự: gọi điện, và khi có thể thì đi lại, để gặp lại bốn thầy cô.

## Con dốc đã được đổ bê tông

Hai năm trước, trong phóng sự [Đường đến trường](story:duong-den-truong), chúng tôi đi cùng thầy Hồ Văn Lành và mười bảy học trò bản Ra Ly qua đèo Gió. Đoạn dốc Đá Trượt khi ấy mới có một hàng lan can thép.

Đầu năm 2026, xã đổ bê tông gần một cây số đường qua đoạn dốc nguy hiểm nhất, bằng nguồn vốn của chương trình giao thông nông thôn và ngày công của bà con trong bản. Thầy Lành gửi cho chúng tôi một tấm ảnh: học trò đi hàng một trên mặt đường xám mới, ống quần không còn lấm bùn.

Hồ Văn Khiêm, cậu trưởng đoàn năm nào, nay học lớp 11 ở trường phổ thông dân tộc nội trú của tỉnh. Chiếc còi nhựa được em trao lại cho một cô bé lớp 8. Thầy Lành thì vẫn đi cùng học trò mỗi sáng thứ Hai. "Đường tốt rồi nhưng sương mù thì vẫn thế," thầy nói qua điện thoại.

::pullquote{text="Đường tốt rồi nhưng sương mù thì vẫn thế." by="Thầy Hồ Văn Lành"}

## Hai người cứu hộ trẻ ở làng chài

Năm 2023, khi chúng tôi hỏi thầy Nguyễn Văn Biển mong điều gì cho lớp học bơi mùa hè, thầy nói muốn có vài người trẻ trong làng học lấy chứng chỉ cứu hộ để thay thầy. Mùa hè năm nay, điều ấy đã thành sự thật một phần: hai thanh niên trong làng, đều là học trò cũ của thầy, hoàn thành khóa huấn luyện cứu hộ do đoàn thanh niên tổ chức và đứng lớp cùng thầy suốt hai khóa tháng Sáu và tháng Bảy.

Thầy Biển vẫn có mặt mỗi sáng, nhưng giờ thầy đứng trên bờ nhiều hơn dưới nước. Thầy bảo đó là điều thầy muốn: lớp học phải sống được cả khi không có thầy. Phóng sự ảnh năm ấy: [Mùa hè dạy bơi ở làng chài](story:mua-he-day-boi-o-lang-chai).

## Lá thư thứ hai của bà Nhì

Trong ký sự [Những học trò tóc bạc](story:nhung-hoc-tro-toc-bac) năm ngoái, bà Ma Thị Nhì, bảy mươi tư tuổi, đọc cho chúng tôi nghe lá thư đầu tiên bà viết cho con trai. Năm nay, bà học tiếp lớp "Bình dân học vụ số" của cô Vũ Thị Kim Oanh.

Cô Oanh kể bà mất gần một tháng mới nhớ được cách mở khóa điện thoại và tăng cỡ chữ. Nhưng tháng trước, bà đã tự chụp ảnh cuốn vở tập viết, gửi qua tin nhắn cho con trai ở tỉnh xa. Kèm theo là một dòng chữ bà tự gõ, thiếu hai dấu thanh. Cô Oanh nói cô không sửa: "Để nguyên thế mới là của bà."

## Tập đồng dao đã dày thêm

Năm 2024, khi Gương sáng thực hiện video [Đồng dao dẫn lối tiếng Việt](story:dong-dao-dan-loi-tieng-viet), tập đồng dao song ngữ của cô Lù Thị Hoa ở Trường Mầm non Họa Mi có ba mươi hai bài. Bây giờ tập ấy có gần năm mươi bài, phần lớn do các bà, các mẹ trong bản hát cho cô ghi lại. Cô Hoa đang cùng đồng nghiệp thu âm các bài hát để những cô giáo mới về trường, chưa biết tiếng Thái, vẫn có thể dùng trong lớp.

Bài dự thi đoạt giải Nhất cuộc thi viết [Người thầy trong tôi](contest:nguoi-thay-trong-toi-2025) năm ngoái là của một phụ huynh Trường Mầm non Họa Mi, kể về ngày con mình về nhà hát một bài đồng dao bằng hai thứ tiếng. Cô Hoa đọc bài ấy, nhưng không kể với ai, đồng nghiệp của cô cho biết.

::factbox{title="Bốn người thầy, một năm sau"}
- Thầy Hồ Văn Lành: đoạn dốc qua đèo đã được đổ bê tông gần 1 km; thầy vẫn đi cùng học trò mỗi sáng thứ Hai.
- Thầy Nguyễn Văn Biển: 2 học trò cũ có chứng chỉ cứu hộ, cùng dạy các lớp bơi mùa hè.
- Cô Vũ Thị Kim Oanh: học viên xóa mù chữ tiếp tục theo học lớp kỹ năng số.
- Cô Lù Thị Hoa: tập đồng dao song ngữ tăng từ 32 lên gần 50 bài, đang được thu âm.
::end

## Điều chúng tôi học được

Không ai trong bốn thầy cô nhắc đến danh hiệu khi nói chuyện với chúng tôi. Họ nói về con đường, về lớp bơi, về một lá thư, một bài hát. Có lẽ đó cũng là cách tốt nhất để kể về họ: không phải như những tấm gương đã hoàn thành, mà như những người vẫn đang làm việc của mình, mỗi ngày, ở đúng chỗ cũ.

::exemplar[thay-giao-ho-van-lanh]

::exemplar[thay-giao-nguyen-van-bien]

::exemplar[co-giao-vu-thi-kim-oanh]

::exemplar[co-giao-lu-thi-hoa]
`,
  },
  // 22 ─ phóng sự ảnh ─ Tri ân thầy cô
  {
    slug: 'mot-dem-giao-luu-giua-thu-do',
    title: 'Một đêm giao lưu giữa Thủ đô',
    dek: 'Phóng sự ảnh đêm giao lưu "Thắp sáng ước mơ vùng cao" nhân Ngày Nhà giáo Việt Nam: hai thầy cô cắm bản, một cô giáo cao nguyên và một cậu học trò người Mông lần đầu đứng trước khán phòng ở Hà Nội.',
    format: 'phong-su-anh',
    column: 'tri-an-thay-co',
    themes: ['chia-se-cung-thay-co'],
    exemplars: ['co-giao-ha-thi-lan', 'thay-giao-ho-van-lanh', 'hoc-sinh-giang-a-chu', 'co-giao-ksor-h-blim'],
    credits: [
      ['bui-gia-huy', 'anh'],
      ['tran-minh-khang', 'anh'],
      ['vu-bich-ngoc', 'tac-gia'],
      ['hoang-duc-long', 'bien-tap'],
    ],
    publishedAt: '2025-11-19T09:00:00+07:00',
    cover: 'san-khau-giao-luu',
    coverAlt: 'Sân khấu đêm giao lưu với phông nền xanh, bốn khách mời ngồi trên ghế, khán phòng kín người',
    coverCaption: 'Đêm giao lưu "Thắp sáng ước mơ vùng cao", tối 18/11/2025.',
    coverCredit: 'Ảnh: Bùi Gia Huy',
    body: `
Bảy giờ tối 18/11, hội trường đã kín chỗ. Trên sân khấu phông nền màu xanh, bốn chiếc ghế gỗ xếp thành hàng. Phía sau cánh gà, cậu học trò Giàng A Chư chỉnh lại cổ áo lần thứ ba. Đó là lần đầu tiên em đến Hà Nội, cũng là lần đầu tiên em đứng trước nhiều người đến thế.

::gallery[san-khau-giao-luu,le-tuyen-duong,chan-dung-hoc-sinh,chan-dung-co-giao-1,chan-dung-thay-giao-1]{caption="Đêm giao lưu qua ống kính: sân khấu, những bó hoa của học trò Thủ đô, và bốn khách mời đến từ Lai Châu, Quảng Trị, Điện Biên, Gia Lai." alts="Toàn cảnh hội trường kín người hướng về sân khấu phông xanh|Học sinh tiểu học Hà Nội tặng hoa cho các khách mời|Cậu học trò người Mông đứng trước micro, hai tay nắm chặt|Cô giáo cắm bản mỉm cười khi kể chuyện, tay cầm một tấm thẻ chữ|Thầy giáo người Vân Kiều đứng bên mép sân khấu, nhìn xuống khán phòng" credit="Ảnh: Bùi Gia Huy, Trần Minh Khang"}

## Những tấm thẻ chữ trên sân khấu

Người nói đầu tiên là cô giáo Hà Thị Lan, mười tám năm dạy lớp ghép ở điểm trường Phiêng Lả. Cô không mang theo bài phát biểu, chỉ mang một xấp thẻ chữ Mông – Việt đã sờn mép. Cô giơ lên tấm thẻ vẽ con gà và kể rằng học trò từng bảo con gà cô vẽ giống con vịt. Cả khán phòng bật cười.

Ngồi cạnh cô là thầy giáo Hồ Văn Lành, người Vân Kiều đầu tiên của bản học xong sư phạm. Thầy kể về con đèo học trò vượt mỗi sáng thứ Hai, về những tối ngồi bên bếp lửa thuyết phục các gia đình cho con gái đi học. Một tuần trước đêm giao lưu, cả hai thầy cô được tặng Kỷ niệm chương "Vì sự nghiệp giáo dục". Khi người dẫn chương trình nhắc đến, thầy Lành chỉ nói: "Cái đó là của cả bản."

::pullquote{text="Chúng tôi không làm điều gì lớn lao, chỉ là ở lại với học trò." by="Cô giáo Hà Thị Lan"}

## Mười cây số kể trong năm phút

Đến lượt Chư, em đứng lên, hai tay nắm chặt micro. Em kể về con đường hơn mười cây số mỗi cuối tuần, về những bài toán em nghĩ trong lúc leo dốc, về hiên nhà nơi em kèm các em nhỏ học bài. Giọng em nhỏ, có lúc ngập ngừng tìm từ. Không ai trong khán phòng lên tiếng. Khi em nói xong, tiếng vỗ tay kéo dài đến mức người dẫn chương trình phải chờ.

Cô giáo Ksor H'Blim, khách mời thứ tư, kể về câu lạc bộ ba thứ tiếng ở Gia Lai. Cô nói bằng tiếng Jrai một câu chào, rồi tự dịch sang tiếng Việt và tiếng Anh, đúng như cách học trò của cô vẫn làm.

## Những món quà

Cuối chương trình, đại diện bạn đọc trao quà cho các điểm trường: sách, áo ấm, đèn học dùng pin mặt trời, phần lớn được quyên góp sau khi các bài viết về thầy cô đăng trên Gương sáng. Học sinh một trường tiểu học ở Hà Nội lên tặng hoa, mỗi em kèm một tấm thiệp tự vẽ.

Sau buổi giao lưu, chúng tôi hỏi Chư thấy Hà Nội thế nào. Em nghĩ một lúc rồi bảo: "Đông người. Nhưng ai cũng nghe em nói."

::factbox{title="Đêm giao lưu trong vài con số"}
- 4 khách mời đến từ Lai Châu, Quảng Trị, Điện Biên và Gia Lai.
- Khoảng 2 giờ giao lưu, có phim tư liệu ngắn về các điểm trường vùng cao.
- Quà của bạn đọc gửi tới các điểm trường: sách, áo ấm, đèn học năng lượng mặt trời.
::end

Xem thông tin chương trình và bản ghi hình tại trang sự kiện [Giao lưu "Thắp sáng ước mơ vùng cao"](event:giao-luu-thap-sang-uoc-mo-vung-cao-2025). Đọc lại các bài viết về khách mời: [Mười tám năm cắm bản ở Phiêng Lả](story:muoi-tam-nam-cam-ban-phieng-la), [Đường đến trường](story:duong-den-truong), [Mười một cây số cuối tuần](story:muoi-mot-cay-so-cuoi-tuan) và [Kể chuyện buôn làng bằng ba thứ tiếng](story:ke-chuyen-buon-lang-bang-ba-thu-tieng). Kết quả cuộc thi viết [Người thầy trong tôi](contest:nguoi-thay-trong-toi-2025) cũng vừa được công bố trước đó ba ngày.

::exemplar[co-giao-ha-thi-lan]

::exemplar[thay-giao-ho-van-lanh]

::exemplar[hoc-sinh-giang-a-chu]

::exemplar[co-giao-ksor-h-blim]
`,
  },
]
