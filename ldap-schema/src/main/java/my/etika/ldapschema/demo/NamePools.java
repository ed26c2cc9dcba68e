package my.etika.ldapschema.demo;

import java.util.List;

/**
 * Common Malaysian personal and family names, large enough that a few thousand officers look varied.
 */
final class NamePools {

    static final List<String> MALAY_MALE = List.of(
            "Ahmad", "Muhammad", "Mohd Faizal", "Mohd Hafiz", "Ahmad Faizal", "Azman", "Azlan", "Hafiz", "Hakim",
            "Haziq", "Ikhwan", "Irfan", "Izzat", "Kamarul", "Khairul", "Faizal", "Farid", "Fadzil", "Firdaus",
            "Hisham", "Iskandar", "Jamal", "Kamal", "Latif", "Lokman", "Mazlan", "Nazri", "Nizam", "Rahim", "Razak",
            "Razali", "Ridzuan", "Rizal", "Roslan", "Rusli", "Safwan", "Shahrul", "Shamsul", "Sulaiman", "Syafiq",
            "Syahmi", "Taufik", "Wan Ahmad", "Yusof", "Zainal", "Zulkifli", "Amir", "Arif", "Ashraf", "Aiman",
            "Danial", "Fikri", "Hazwan", "Nabil", "Luqman", "Amirul", "Afiq", "Adam", "Harith", "Mohd Azri");

    static final List<String> MALAY_FEMALE = List.of(
            "Nur Aisyah", "Siti Aminah", "Siti Nurhaliza", "Nurul Huda", "Nur Izzati", "Nor Azlina", "Noraini",
            "Norhayati", "Rohana", "Rosnah", "Rozita", "Salmah", "Sharifah", "Suraya", "Zaleha", "Zarina",
            "Zuraidah", "Faridah", "Fatimah", "Hasnah", "Haslinda", "Juliana", "Kamariah", "Mastura", "Maznah",
            "Nadia", "Nabila", "Farah", "Aina", "Aqilah", "Amira", "Hidayah", "Izzah", "Syazwani", "Nurin", "Balqis",
            "Hanis", "Insyirah", "Raihana", "Sofea", "Wan Nurul", "Siti Khadijah", "Nor Hafizah", "Noor Azian",
            "Azlina", "Ruzana", "Liyana", "Atiqah", "Syuhada", "Hafizah");

    static final List<String> MALAY_FATHERS = List.of(
            "Ismail", "Rahman", "Abdullah", "Hassan", "Hussin", "Ibrahim", "Osman", "Yusof", "Ahmad", "Mohamad",
            "Ali", "Abu Bakar", "Othman", "Kassim", "Salleh", "Hamid", "Jaafar", "Mahmud", "Mansor", "Mat Nor",
            "Mokhtar", "Musa", "Omar", "Razak", "Rashid", "Said", "Sulaiman", "Talib", "Wahab", "Yaakob", "Zakaria",
            "Zainudin", "Abdul Aziz", "Abdul Ghani", "Abdul Latif", "Abdul Rahim", "Abdul Wahid", "Harun", "Idris",
            "Jusoh", "Mat Zin", "Nordin", "Rosli", "Shafie", "Ghazali", "Awang", "Daud", "Hashim", "Embong",
            "Kamaruddin", "Mustafa", "Saad", "Samad", "Shaari");

    static final List<String> CHINESE_FAMILY = List.of(
            "Tan", "Lim", "Lee", "Wong", "Ng", "Chan", "Chong", "Ong", "Goh", "Teo", "Yap", "Chin", "Leong", "Low",
            "Foo", "Koh", "Liew", "Ho", "Cheah", "Khoo", "Tay", "Chua", "Lau", "Loh", "Sim", "Yeoh", "Soh", "Phang",
            "Choo", "Kok");

    static final List<String> CHINESE_MALE = List.of(
            "Wei Ming", "Chee Keong", "Kah Wai", "Boon Hock", "Jia Hao", "Zhi Wei", "Chun Kit", "Wai Kit",
            "Kok Leong", "Seng Huat", "Yong Sheng", "Jun Hao", "Wei Jie", "Hong Wei", "Kian Seng", "Choon Hock",
            "Teck Soon", "Yew Chong", "Soon Keat", "Ming Hui");

    static final List<String> CHINESE_FEMALE = List.of(
            "Mei Ling", "Li Ying", "Hui Min", "Siew Lan", "Pei Shan", "Xin Yi", "Wen Qi", "Mei Fong", "Ai Ling",
            "Siew Mei", "Kar Yan", "Hui Wen", "Jia Yi", "Shu Fen", "Lay Kuan", "Poh Lin", "Yee Ling", "Sook Ching",
            "Li Na", "Chui Ling");

    static final List<String> INDIAN_MALE = List.of(
            "Rajesh", "Suresh", "Ganesh", "Ramesh", "Kumar", "Arvind", "Vinod", "Prakash", "Saravanan", "Kannan",
            "Murugan", "Sivakumar", "Ravi", "Balakrishnan", "Thiruchelvam", "Selvam", "Vijay", "Dinesh", "Anand",
            "Mahendran", "Karthik", "Logeswaran", "Prabhu", "Gopal", "Naresh");

    static final List<String> INDIAN_FEMALE = List.of(
            "Kavitha", "Priya", "Devi", "Lakshmi", "Shanti", "Malar", "Revathi", "Thilaga", "Sangeetha", "Meena",
            "Anita", "Vani", "Saraswathy", "Jothi", "Kalaivani", "Nirmala", "Pavithra", "Deepa", "Yamuna", "Geetha");

    static final List<String> INDIAN_FATHERS = List.of(
            "Subramaniam", "Muthu", "Krishnan", "Raman", "Govindasamy", "Arumugam", "Ramasamy", "Sinnasamy",
            "Nadarajah", "Rajoo", "Supramaniam", "Maniam", "Karuppiah", "Perumal", "Velu", "Sellathurai",
            "Ponnusamy", "Letchumanan", "Sivalingam", "Chandran", "Palaniappan", "Kandasamy", "Raju", "Veerasamy",
            "Munusamy");

    static final List<String> BORNEO_MALE = List.of(
            "Jason", "Nyalau", "Ujang", "Jimbun", "Lambor", "Sanggau", "Empeni", "Mawan", "Robert", "Johnny",
            "Dominic", "Wilson", "Andrew", "Jeffrey", "Richard", "Joseph", "Peter", "Francis", "Bernard", "Ewon",
            "Herbert", "Ronny", "Justin", "Alexander");

    static final List<String> BORNEO_FEMALE = List.of(
            "Linda", "Mary", "Jenny", "Rose", "Sandra", "Christina", "Lucy", "Nancy", "Angela", "Ivy", "Grace",
            "Joanna", "Evelyn", "Agnes", "Cecilia", "Florence", "Veronica", "Melinda", "Doris", "Juliet");

    static final List<String> IBAN_FATHERS = List.of(
            "Nyalau", "Ujang", "Jimbun", "Mawan", "Lambor", "Bunyau", "Entri", "Jenang", "Ngau", "Sebli", "Lang",
            "Anyi", "Tinggang", "Empaling", "Sandai", "Jabu", "Linggi", "Runggah");

    static final List<String> KADAZAN_DUSUN_FAMILY = List.of(
            "Sindin", "Gumpil", "Majimbun", "Lajanggu", "Gontou", "Sipaun", "Tangau", "Jinu", "Kodoh", "Lasimbang",
            "Mojuntin", "Sinsua", "Ambotang", "Yangkat", "Gunsalam", "Matunjil");

    private NamePools() {
    }
}
