/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: tiki2md_sample
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `tiki_actionlog`
--

DROP TABLE IF EXISTS `tiki_actionlog`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_actionlog` (
  `actionId` int(8) NOT NULL AUTO_INCREMENT,
  `action` varchar(255) NOT NULL DEFAULT '',
  `lastModif` int(14) DEFAULT NULL,
  `object` varchar(255) DEFAULT NULL,
  `objectType` varchar(32) NOT NULL DEFAULT '',
  `user` varchar(200) DEFAULT '',
  `ip` varchar(39) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `categId` int(12) NOT NULL DEFAULT 0,
  `client` varchar(200) DEFAULT NULL,
  `log` longtext DEFAULT NULL,
  PRIMARY KEY (`actionId`),
  KEY `lastModif` (`lastModif`),
  KEY `object` (`object`(100),`objectType`,`action`(100)),
  KEY `actionforuser` (`user`(100),`objectType`,`action`(100))
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_actionlog`
--

LOCK TABLES `tiki_actionlog` WRITE;
/*!40000 ALTER TABLE `tiki_actionlog` DISABLE KEYS */;
INSERT INTO `tiki_actionlog` VALUES
(1,'Renamed',1391248800,'Vitamin D Overdose','wiki page','drbob','192.0.2.12','old=Too Much Vitamin D&new=Vitamin D Overdose',0,NULL,NULL),
(2,'Renamed',1425204000,'Vitamin D Toxicity','wiki page','drbob','192.0.2.12','old=Vitamin D Overdose&new=Vitamin D Toxicity',0,NULL,NULL);
/*!40000 ALTER TABLE `tiki_actionlog` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_categories`
--

DROP TABLE IF EXISTS `tiki_categories`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_categories` (
  `categId` int(12) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `parentId` int(12) DEFAULT NULL,
  `rootId` int(11) NOT NULL DEFAULT 0,
  `hits` int(8) DEFAULT NULL,
  `tplGroupContainerId` int(12) DEFAULT NULL,
  `tplGroupPattern` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`categId`)
) ENGINE=MyISAM AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_categories`
--

LOCK TABLES `tiki_categories` WRITE;
/*!40000 ALTER TABLE `tiki_categories` DISABLE KEYS */;
INSERT INTO `tiki_categories` VALUES
(1,'Health Topics','Everything about health, by topic',0,0,0,NULL,NULL),
(2,'Vitamins','',1,1,0,NULL,NULL),
(3,'Vitamin D','Pages about vitamin D itself',2,1,0,NULL,NULL),
(4,'Minerals','Magnesium, zinc, boron, calcium',1,1,0,NULL,NULL),
(5,'Pregnancy','',0,0,0,NULL,NULL),
(6,'Meta-analysis','',0,0,0,NULL,NULL),
(7,'Infant-Child','',0,0,0,NULL,NULL),
(8,'Research','Summaries of published studies',0,0,0,NULL,NULL),
(9,'Clinical Trials','Randomised controlled trials',8,8,0,NULL,NULL),
(10,'Conditions','Diseases and conditions linked to vitamin D',1,1,0,NULL,NULL),
(11,'Mental Health','',10,1,0,NULL,NULL),
(12,'Sun & Skin','Sunlight, UVB, \"skin types\"',1,1,0,NULL,NULL),
(13,'Wiki Help','How to use and edit this wiki',0,0,0,NULL,NULL),
(14,'Vitamin K','',2,1,0,NULL,NULL),
(15,'Vitamin D Receptor','VDR genetics and immunology',3,1,0,NULL,NULL),
(16,'Newsletters','',0,0,0,NULL,NULL),
(17,'Archive','Empty: no page uses it',0,0,0,NULL,NULL);
/*!40000 ALTER TABLE `tiki_categories` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_categorized_objects`
--

DROP TABLE IF EXISTS `tiki_categorized_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_categorized_objects` (
  `catObjectId` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`catObjectId`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_categorized_objects`
--

LOCK TABLES `tiki_categorized_objects` WRITE;
/*!40000 ALTER TABLE `tiki_categorized_objects` DISABLE KEYS */;
INSERT INTO `tiki_categorized_objects` VALUES
(1),
(2),
(3),
(4),
(5),
(6),
(7),
(8),
(9),
(10),
(11),
(12),
(13),
(14),
(15),
(16),
(17),
(18),
(19),
(20),
(21),
(22),
(23),
(24),
(25),
(26),
(27),
(28),
(29),
(30),
(31),
(32),
(33),
(34),
(35),
(36),
(37),
(38),
(39),
(40),
(41),
(42),
(43),
(44),
(45),
(46),
(47),
(48),
(49),
(50),
(51),
(52),
(53),
(54),
(55),
(56),
(57),
(58),
(59),
(60),
(61),
(62),
(63),
(64),
(65),
(66);
/*!40000 ALTER TABLE `tiki_categorized_objects` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_category_objects`
--

DROP TABLE IF EXISTS `tiki_category_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_category_objects` (
  `catObjectId` int(12) NOT NULL DEFAULT 0,
  `categId` int(12) NOT NULL DEFAULT 0,
  PRIMARY KEY (`catObjectId`,`categId`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_category_objects`
--

LOCK TABLES `tiki_category_objects` WRITE;
/*!40000 ALTER TABLE `tiki_category_objects` DISABLE KEYS */;
INSERT INTO `tiki_category_objects` VALUES
(1,3),
(2,3),
(2,10),
(3,3),
(3,8),
(4,3),
(5,4),
(6,4),
(7,3),
(7,4),
(8,14),
(9,8),
(9,14),
(10,2),
(10,8),
(11,12),
(12,12),
(13,12),
(14,3),
(14,12),
(15,10),
(16,3),
(17,3),
(18,8),
(18,15),
(19,13),
(20,13),
(21,13),
(22,16),
(23,3),
(24,3),
(25,3),
(26,3),
(27,3),
(28,3),
(28,5),
(29,3),
(29,7),
(30,7),
(30,10),
(31,9),
(31,10),
(32,9),
(32,10),
(33,10),
(34,10),
(35,9),
(35,10),
(36,11),
(37,10),
(38,3),
(39,3),
(40,3),
(40,12),
(41,15),
(42,2),
(42,4),
(43,4),
(44,4),
(45,2),
(46,3),
(47,3),
(48,3),
(48,8),
(49,8),
(50,3),
(51,13),
(52,13),
(53,13),
(54,13),
(55,3),
(55,14),
(56,12),
(57,10),
(58,12),
(58,16),
(59,3),
(60,12),
(61,3),
(62,16),
(63,5),
(63,7),
(64,3),
(65,9),
(66,5),
(66,6),
(66,7);
/*!40000 ALTER TABLE `tiki_category_objects` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_comments`
--

DROP TABLE IF EXISTS `tiki_comments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_comments` (
  `threadId` int(14) NOT NULL AUTO_INCREMENT,
  `object` varchar(255) NOT NULL DEFAULT '',
  `objectType` varchar(32) NOT NULL DEFAULT '',
  `parentId` int(14) DEFAULT NULL,
  `userName` varchar(200) DEFAULT '',
  `commentDate` int(14) DEFAULT NULL,
  `hits` int(8) DEFAULT NULL,
  `type` char(1) DEFAULT NULL,
  `points` decimal(8,2) DEFAULT NULL,
  `votes` int(8) DEFAULT NULL,
  `average` decimal(8,4) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `data` text DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `user_ip` varchar(39) DEFAULT NULL,
  `summary` varchar(240) DEFAULT NULL,
  `smiley` varchar(80) DEFAULT NULL,
  `message_id` varchar(128) DEFAULT NULL,
  `in_reply_to` varchar(128) DEFAULT NULL,
  `comment_rating` tinyint(2) DEFAULT NULL,
  `archived` char(1) DEFAULT NULL,
  `approved` char(1) NOT NULL DEFAULT 'y',
  `locked` char(1) NOT NULL DEFAULT 'n',
  PRIMARY KEY (`threadId`),
  UNIQUE KEY `no_repeats` (`parentId`,`userName`(40),`title`(43),`commentDate`,`message_id`(40),`in_reply_to`(40)),
  KEY `title` (`title`(191)),
  KEY `data` (`data`(191)),
  KEY `hits` (`hits`),
  KEY `tc_pi` (`parentId`),
  KEY `objectType` (`object`(160),`objectType`),
  KEY `commentDate` (`commentDate`),
  KEY `threaded` (`message_id`(89),`in_reply_to`(88),`parentId`),
  KEY `idx_slvn_commentDate` (`commentDate`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_comments`
--

LOCK TABLES `tiki_comments` WRITE;
/*!40000 ALTER TABLE `tiki_comments` DISABLE KEYS */;
/*!40000 ALTER TABLE `tiki_comments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_custom_route`
--

DROP TABLE IF EXISTS `tiki_custom_route`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_custom_route` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `from` varchar(255) NOT NULL,
  `redirect` text NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `short_url` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_custom_route`
--

LOCK TABLES `tiki_custom_route` WRITE;
/*!40000 ALTER TABLE `tiki_custom_route` DISABLE KEYS */;
INSERT INTO `tiki_custom_route` VALUES
(1,'Short link to Vitamin D','Object','vitd','{\"type\":\"wiki page\",\"object\":\"Vitamin D\"}',1,0),
(2,'Old shop link','Direct','shop','{\"to\":\"https://shop.example.org/\"}',1,0);
/*!40000 ALTER TABLE `tiki_custom_route` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_file_galleries`
--

DROP TABLE IF EXISTS `tiki_file_galleries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_file_galleries` (
  `galleryId` int(14) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL DEFAULT '',
  `type` varchar(20) NOT NULL DEFAULT 'default',
  `direct` text DEFAULT NULL,
  `template` int(10) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `created` int(14) DEFAULT NULL,
  `visible` char(1) DEFAULT NULL,
  `lastModif` int(14) DEFAULT NULL,
  `user` varchar(200) DEFAULT '',
  `hits` int(14) DEFAULT NULL,
  `votes` int(8) DEFAULT NULL,
  `points` decimal(8,2) DEFAULT NULL,
  `maxRows` int(10) DEFAULT NULL,
  `public` char(1) DEFAULT NULL,
  `show_id` char(1) DEFAULT NULL,
  `show_icon` char(1) DEFAULT NULL,
  `show_name` char(1) DEFAULT NULL,
  `show_size` char(1) DEFAULT NULL,
  `show_description` char(1) DEFAULT NULL,
  `max_desc` int(8) DEFAULT NULL,
  `show_created` char(1) DEFAULT NULL,
  `show_hits` char(1) DEFAULT NULL,
  `show_lastDownload` char(1) DEFAULT NULL,
  `parentId` int(14) NOT NULL DEFAULT -1,
  `lockable` char(1) DEFAULT 'n',
  `show_lockedby` char(1) DEFAULT NULL,
  `archives` int(4) DEFAULT 0,
  `sort_mode` char(20) DEFAULT NULL,
  `show_modified` char(1) DEFAULT NULL,
  `show_author` char(1) DEFAULT NULL,
  `show_creator` char(1) DEFAULT NULL,
  `subgal_conf` varchar(200) DEFAULT NULL,
  `show_last_user` char(1) DEFAULT NULL,
  `show_comment` char(1) DEFAULT NULL,
  `show_files` char(1) DEFAULT NULL,
  `show_explorer` char(1) DEFAULT NULL,
  `show_path` char(1) DEFAULT NULL,
  `show_slideshow` char(1) DEFAULT NULL,
  `show_ocr_state` char(1) DEFAULT NULL,
  `default_view` varchar(20) DEFAULT NULL,
  `quota` int(8) DEFAULT 0,
  `size` int(14) DEFAULT NULL,
  `wiki_syntax` varchar(200) DEFAULT NULL,
  `backlinkPerms` char(1) DEFAULT 'n',
  `show_backlinks` char(1) DEFAULT NULL,
  `show_deleteAfter` char(1) DEFAULT NULL,
  `show_checked` char(1) DEFAULT NULL,
  `show_share` char(1) DEFAULT NULL,
  `image_max_size_x` int(8) NOT NULL DEFAULT 0,
  `image_max_size_y` int(8) NOT NULL DEFAULT 0,
  `show_source` char(1) NOT NULL DEFAULT 'o',
  `icon_fileId` int(14) unsigned DEFAULT NULL,
  `ocr_lang` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`galleryId`),
  KEY `parentIdAndName` (`parentId`,`name`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_file_galleries`
--

LOCK TABLES `tiki_file_galleries` WRITE;
/*!40000 ALTER TABLE `tiki_file_galleries` DISABLE KEYS */;
INSERT INTO `tiki_file_galleries` VALUES
(1,'File Galleries','system',NULL,NULL,NULL,1209718800,'y',NULL,'admin',NULL,NULL,NULL,NULL,'n',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,-1,'n',NULL,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,'n',NULL,NULL,NULL,NULL,0,0,'o',NULL,NULL),
(3,'Wiki Attachments','system',NULL,NULL,NULL,1209718800,'y',NULL,'admin',NULL,NULL,NULL,NULL,'n',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,-1,'n',NULL,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,'n',NULL,NULL,NULL,NULL,0,0,'o',NULL,NULL),
(4,'Charts','default',NULL,NULL,NULL,1209718800,'y',NULL,'admin',NULL,NULL,NULL,NULL,'n',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,'n',NULL,0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,'n',NULL,NULL,NULL,NULL,0,0,'o',NULL,NULL);
/*!40000 ALTER TABLE `tiki_file_galleries` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_files`
--

DROP TABLE IF EXISTS `tiki_files`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_files` (
  `fileId` int(14) NOT NULL AUTO_INCREMENT,
  `galleryId` int(14) NOT NULL DEFAULT 0,
  `name` varchar(200) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `created` int(14) DEFAULT NULL,
  `filename` varchar(80) DEFAULT NULL,
  `filesize` int(14) DEFAULT NULL,
  `filetype` varchar(250) DEFAULT NULL,
  `data` longblob DEFAULT NULL,
  `user` varchar(200) DEFAULT '',
  `author` varchar(40) DEFAULT NULL,
  `hits` int(14) DEFAULT NULL,
  `maxhits` int(14) DEFAULT NULL,
  `lastDownload` int(14) DEFAULT NULL,
  `votes` int(8) DEFAULT NULL,
  `points` decimal(8,2) DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  `reference_url` varchar(250) DEFAULT NULL,
  `is_reference` char(1) DEFAULT NULL,
  `hash` varchar(32) DEFAULT NULL,
  `search_data` longtext DEFAULT NULL,
  `metadata` longtext DEFAULT NULL,
  `lastModif` int(14) DEFAULT NULL,
  `lastModifUser` varchar(200) DEFAULT NULL,
  `lockedby` varchar(200) DEFAULT '',
  `comment` varchar(200) DEFAULT NULL,
  `archiveId` int(14) DEFAULT 0,
  `deleteAfter` int(14) DEFAULT NULL,
  `ocr_state` tinyint(1) DEFAULT NULL,
  `ocr_lang` varchar(255) DEFAULT NULL,
  `ocr_data` mediumtext DEFAULT NULL,
  PRIMARY KEY (`fileId`),
  KEY `name` (`name`(191)),
  KEY `description` (`description`(191)),
  KEY `created` (`created`),
  KEY `archiveId` (`archiveId`),
  KEY `galleryIdAndPath` (`galleryId`,`path`(188)),
  KEY `hits` (`hits`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_files`
--

LOCK TABLES `tiki_files` WRITE;
/*!40000 ALTER TABLE `tiki_files` DISABLE KEYS */;
INSERT INTO `tiki_files` VALUES
(1,4,'UV index chart','Current chart',1433152800,'uv-index.jpg',134,'image/jpeg','����\0JFIF\0\0H\0H\0\0��\0C\0������������������������������������������������������������������\0\0\0\0��\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0��\0\0?','admin',NULL,NULL,NULL,NULL,NULL,NULL,'',NULL,NULL,'8f4341201a23609636243f91f2447e95',NULL,NULL,1433152800,'admin','',NULL,0,NULL,NULL,NULL,NULL),
(2,4,'UV index chart','Old chart',1401616800,'uv-index.jpg',29,'image/jpeg','an older version of the chart','admin',NULL,NULL,NULL,NULL,NULL,NULL,'',NULL,NULL,'756d364d52c078c874683992cb464284',NULL,NULL,1401616800,'admin','',NULL,1,NULL,NULL,NULL,NULL),
(3,4,'Latitude table','Months with little UVB by latitude',1452850200,'latitude-table.csv',101,'application/vnd.ms-excel','','drbob',NULL,NULL,NULL,NULL,NULL,NULL,'c4ca4238a0b923820dcc509a6f75849b',NULL,NULL,'b836d33b4de41518c751640a6d0b778b',NULL,NULL,1452850200,'drbob','',NULL,0,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `tiki_files` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_freetagged_objects`
--

DROP TABLE IF EXISTS `tiki_freetagged_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_freetagged_objects` (
  `tagId` int(12) NOT NULL AUTO_INCREMENT,
  `objectId` int(11) NOT NULL DEFAULT 0,
  `user` varchar(200) NOT NULL DEFAULT '',
  `created` int(14) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tagId`,`user`(168),`objectId`),
  KEY `tagId` (`tagId`),
  KEY `user` (`user`(191)),
  KEY `objectId` (`objectId`)
) ENGINE=MyISAM AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_freetagged_objects`
--

LOCK TABLES `tiki_freetagged_objects` WRITE;
/*!40000 ALTER TABLE `tiki_freetagged_objects` DISABLE KEYS */;
INSERT INTO `tiki_freetagged_objects` VALUES
(8,1,'admin',1209808800),
(8,1,'drbob',1209812400),
(21,1,'admin',1209808860),
(30,1,'admin',1209808920),
(8,2,'jsmith',1210417200),
(1,2,'jsmith',1210417260),
(9,3,'drbob',1212334200),
(1,3,'drbob',1212334260),
(4,4,'drbob',1234612800),
(8,4,'drbob',1234612860),
(5,4,'drbob',1234612920),
(25,5,'jsmith',1235894400),
(11,5,'jsmith',1235894460),
(11,6,'jsmith',1235896200),
(11,7,'drbob',1263322800),
(8,7,'drbob',1263322860),
(10,8,'jsmith',1265104800),
(10,9,'drbob',1265191200),
(18,9,'drbob',1265191260),
(14,10,'jsmith',1271607600),
(30,11,'admin',1272715200),
(12,11,'admin',1272715260),
(12,12,'admin',1272801600),
(13,12,'admin',1272801660),
(26,13,'drbob',1272888000),
(13,13,'drbob',1272888060),
(26,14,'drbob',1289473860),
(16,15,'maria.k',1294440000),
(17,16,'jöhn',1393668000),
(20,19,'admin',1209720600),
(20,20,'admin',1209721200),
(20,21,'jsmith',1252486800),
(27,22,'admin',1254384000),
(6,28,'maria.k',1330768800),
(8,28,'maria.k',1330768860),
(2,29,'maria.k',1330855200),
(3,29,'maria.k',1330855260),
(22,30,'jsmith',1338976800),
(3,30,'jsmith',1338976860),
(15,31,'drbob',1584295200),
(23,31,'drbob',1584295260),
(23,32,'drbob',1341655200),
(24,38,'jsmith',1363773600),
(18,38,'jsmith',1363773660),
(19,46,'drbob',1378029600),
(5,46,'drbob',1378029660),
(8,47,'jsmith',1388570400),
(28,50,'admin',1399284000),
(10,55,'maria.k',1439028000),
(4,55,'maria.k',1439028060),
(16,57,'jöhn',1485943200),
(30,58,'maria.k',1590919200),
(29,59,'maria.k',1515578400),
(27,62,'maria.k',1425200400),
(2,63,'maria.k',1527847200),
(4,64,'drbob',1569924000),
(1,66,'admin',1635768000),
(2,66,'admin',1635768060),
(3,66,'admin',1635768120),
(4,66,'admin',1635768180),
(5,66,'admin',1635768240),
(6,66,'admin',1635768300),
(7,66,'admin',1635768360),
(8,66,'admin',1635768420),
(9,66,'admin',1635768480);
/*!40000 ALTER TABLE `tiki_freetagged_objects` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_freetags`
--

DROP TABLE IF EXISTS `tiki_freetags`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_freetags` (
  `tagId` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `tag` varchar(128) NOT NULL DEFAULT '',
  `raw_tag` varchar(150) NOT NULL DEFAULT '',
  `lang` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`tagId`)
) ENGINE=MyISAM AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_freetags`
--

LOCK TABLES `tiki_freetags` WRITE;
/*!40000 ALTER TABLE `tiki_freetags` DISABLE KEYS */;
INSERT INTO `tiki_freetags` VALUES
(1,'blood levels','blood levels',NULL),
(2,'breastfed','breastfed',NULL),
(3,'child','child',NULL),
(4,'dosage','dosage',NULL),
(5,'high dose','high dose',NULL),
(6,'pregnancy','pregnancy',NULL),
(7,'therapeutic intervention','therapeutic intervention',NULL),
(8,'vitamin d','vitamin d',NULL),
(9,'vitamin d blood test','vitamin d blood test',NULL),
(10,'vitamin k2','Vitamin K2',NULL),
(11,'magnesium','Magnesium',NULL),
(12,'sun exposure','Sun Exposure',NULL),
(13,'uvb','UVB',NULL),
(14,'omega-3','Omega-3',NULL),
(15,'covid-19','COVID-19',NULL),
(16,'sleep quality','Sleep Quality',NULL),
(17,'café','Café',NULL),
(18,'bone health','Bone  Health',NULL),
(19,'toxicity','toxicity ',NULL),
(20,'wiki syntax','Wiki Syntax',NULL),
(21,'d3','D3',NULL),
(22,'autism','Autism',NULL),
(23,'immunity','Immunity',NULL),
(24,'elderly','Elderly',NULL),
(25,'calcium','Calcium',NULL),
(26,'latitude','Latitude',NULL),
(27,'newsletter','Newsletter',NULL),
(28,'faq','FAQ',NULL),
(29,'витамин','Витамин','ru'),
(30,'sunlight','Sunlight',NULL);
/*!40000 ALTER TABLE `tiki_freetags` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_history`
--

DROP TABLE IF EXISTS `tiki_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_history` (
  `historyId` int(12) NOT NULL AUTO_INCREMENT,
  `pageName` varchar(160) NOT NULL DEFAULT '',
  `version` int(8) NOT NULL DEFAULT 0,
  `version_minor` int(8) NOT NULL DEFAULT 0,
  `lastModif` int(14) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `user` varchar(200) NOT NULL DEFAULT '',
  `ip` varchar(39) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `data` longblob DEFAULT NULL,
  `type` varchar(50) DEFAULT NULL,
  `is_html` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`historyId`),
  UNIQUE KEY `uk_version_pageName` (`pageName`,`version`),
  KEY `k_user` (`user`(191))
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_history`
--

LOCK TABLES `tiki_history` WRITE;
/*!40000 ALTER TABLE `tiki_history` DISABLE KEYS */;
INSERT INTO `tiki_history` VALUES
(1,'Vitamin D',1,0,1209808800,'','admin','192.0.2.10','first version','Vitamin D is the \"sunshine vitamin\".\nSee ((Sunlight)).',NULL,0),
(2,'Vitamin D',2,0,1328176800,'','drbob','192.0.2.12','it\'s longer now','__Vitamin D__ is made in the skin.\n\n!!Sources\n*Sun\n*Food: it\'s \'\'rare\'\'\nBackslash test: C:\\temp\\new',NULL,0),
(3,'Sandbox',1,0,1209721200,'','admin','192.0.2.10','','',NULL,0),
(4,'Sandbox',2,0,1430841300,'','jsmith','192.0.2.11','test','Testing 1 2 3\r\n',NULL,0);
/*!40000 ALTER TABLE `tiki_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_links`
--

DROP TABLE IF EXISTS `tiki_links`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_links` (
  `fromPage` varchar(160) NOT NULL DEFAULT '',
  `toPage` varchar(160) NOT NULL DEFAULT '',
  `lastModif` int(14) NOT NULL,
  PRIMARY KEY (`fromPage`(96),`toPage`(95)),
  KEY `toPage` (`toPage`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_links`
--

LOCK TABLES `tiki_links` WRITE;
/*!40000 ALTER TABLE `tiki_links` DISABLE KEYS */;
INSERT INTO `tiki_links` VALUES
('HomePage','Vitamin D',1668969000),
('HomePage','Disclaimer',1668969000),
('HomePage','Vitamin D Basics',1668969000),
('HomePage','Vitamin D Deficiency',1668969000),
('HomePage','Vitamin D Blood Test',1668969000),
('HomePage','Vitamin D Dosage Chart',1668969000),
('HomePage','Frequently Asked Questions',1668969000),
('HomePage','Pregnancy and Vitamin D',1668969000),
('HomePage','Infant Vitamin D Supplementation',1668969000),
('HomePage','COVID-19 and Vitamin D',1668969000),
('HomePage','Naive T cells and Vitamin D',1668969000),
('HomePage','Vitamin D Cofactors',1668969000),
('HomePage','Calcium + Magnesium',1668969000),
('HomePage','Sunlight',1668969000),
('HomePage','Sun Exposure Guidelines',1668969000),
('HomePage','Recent Research Overview',1668969000),
('HomePage','Winter Vitamin D Protocol',1668969000),
('HomePage','Video Library',1668969000),
('HomePage','Contact',1668969000),
('HomePage','About This Wiki',1668969000),
('HomePage','Витамин D',1668969000),
('HomePage','ビタミンと日光',1668969000),
('Vitamin D','Vitamin D Blood Test',1622533500),
('Vitamin D','Vitamin D Receptor',1622533500),
('Vitamin D','Sunlight',1622533500),
('Vitamin D','Latitude and UVB',1622533500),
('Vitamin D','Seasonal Variation',1622533500),
('Vitamin D','Cholecalciferol',1622533500),
('Vitamin D','Café au lait and Vitamin D',1622533500),
('Vitamin D','Vitamin D Dosage Chart',1622533500),
('Vitamin D','Vitamin D Toxicity',1622533500),
('Vitamin D','Obesity and Vitamin D',1622533500),
('Vitamin D','Magnesium',1622533500),
('Vitamin D','vitamin d and  magnesium',1622533500),
('Vitamin D','Vitamin D Cofactors',1622533500),
('Vitamin D','Dark Skin and Vitamin D',1622533500),
('Vitamin D','Seniors and Vitamin D',1622533500),
('Vitamin D','Pregnancy and Vitamin D',1622533500),
('Vitamin D','Multiple Sclerosis and Vitamin D',1622533500),
('Vitamin D','Diabetes and Vitamin D',1622533500),
('Vitamin D','Heart Health and Vitamin D',1622533500),
('Vitamin D','Depression and Vitamin D',1622533500),
('Vitamin D','Autism and Vitamin D',1622533500),
('Vitamin D','Cancer and Vitamin D',1622533500),
('Vitamin D','Recent Research Overview',1622533500),
('Vitamin D','Vitamin D Basics',1622533500),
('Vitamin D','The \"Sunshine\" Vitamin\'s History',1622533500),
('Vitamin D','Vitamin D Myths',1622533500),
('Vitamin D Deficiency','Rickets',1549876320),
('Vitamin D Deficiency','Latitude and UVB',1549876320),
('Vitamin D Deficiency','Dark Skin and Vitamin D',1549876320),
('Vitamin D Deficiency','Obesity and Vitamin D',1549876320),
('Vitamin D Deficiency','Vitamin D Blood Test',1549876320),
('Vitamin D Deficiency','Vitamin D',1549876320),
('Vitamin D Deficiency','Winter Vitamin D Protocol',1549876320),
('Vitamin D Deficiency','Vitamin D Dosage Chart',1549876320),
('Vitamin D Blood Test','Vitamin D Dosage Chart',1578218400),
('Vitamin D Blood Test','Seasonal Variation',1578218400),
('Vitamin D Blood Test','Lesson 3: Testing and Levels',1578218400),
('Vitamin D Dosage Chart','Vitamin D Blood Test',1617122400),
('Vitamin D Dosage Chart','Vitamin D Deficiency',1617122400),
('Vitamin D Dosage Chart','Obesity and Vitamin D',1617122400),
('Vitamin D Dosage Chart','Vitamin D2 versus D3',1617122400),
('Vitamin D Dosage Chart','Infant Vitamin D Supplementation',1617122400),
('Vitamin D Dosage Chart','Pregnancy and Vitamin D',1617122400),
('Vitamin D Dosage Chart','Vitamin D Toxicity',1617122400),
('sunlight','Sunlight',1468962180),
('Calcium + Magnesium','Magnesium',1524402900),
('Calcium + Magnesium','Vitamin K',1524402900),
('Calcium + Magnesium','Vitamin D/K2 Ratio',1524402900),
('Calcium + Magnesium','Vitamin D and Magnesium',1524402900),
('Calcium + Magnesium','Vitamin K2 and Bone Health',1524402900),
('Magnesium','Magnesium Glycinate',1602324600),
('Magnesium','Vitamin D & Sleep',1602324600),
('Magnesium','Calcium + Magnesium',1602324600),
('Magnesium','Vitamin D and Magnesium',1602324600),
('Magnesium','Zinc',1602324600),
('Magnesium','Boron',1602324600),
('Vitamin D and Magnesium','Magnesium',1557032700),
('Vitamin D and Magnesium','Vitamin D Cofactors',1557032700),
('Vitamin D and Magnesium','Calcium + Magnesium',1557032700),
('Vitamin K','Vitamin K2 and Bone Health',1504948140),
('Vitamin K','Vitamin D/K2 Ratio',1504948140),
('Vitamin K2 and Bone Health','vitamin k',1533715680),
('Vitamin K2 and Bone Health','Vitamin D/K2 Ratio',1533715680),
('Vitamin K2 and Bone Health','Calcium + Magnesium',1533715680),
('Vitamin K2 and Bone Health','Seniors and Vitamin D',1533715680),
('Omega-3, Fish Oil, and Vitamin D','Vitamin A',1575144000),
('Omega-3, Fish Oil, and Vitamin D','Heart Health and Vitamin D',1575144000),
('Omega-3, Fish Oil, and Vitamin D','Depression and Vitamin D',1575144000),
('Sunlight','Dark Skin and Vitamin D',1592740800),
('Sunlight','Latitude and UVB',1592740800),
('Sunlight','Seasonal Variation',1592740800),
('Sunlight','Sun Exposure Guidelines',1592740800),
('Sunlight','Sunlight 2',1592740800),
('Sunlight','Sunlight – May 2020',1592740800),
('Sun Exposure Guidelines','SUNLIGHT',1592827200),
('Sun Exposure Guidelines','Winter Vitamin D Protocol',1592827200),
('Latitude and UVB','Seasonal Variation',1452850200),
('Latitude and UVB','Sunlight',1452850200),
('Seasonal Variation','COVID-19 and Vitamin D',1543651200),
('Seasonal Variation','Winter Vitamin D Protocol',1543651200),
('Vitamin D & Sleep','Magnesium',1546900800),
('Vitamin D & Sleep','Vitamin D and Sleep',1546900800),
('Café au lait and Vitamin D','Vitamin D Myths',1393754400),
('The \"Sunshine\" Vitamin\'s History','Vitamin D',1426410000),
('The \"Sunshine\" Vitamin\'s History','Sunlight',1426410000),
('Naive T cells and Vitamin D','Vitamin D Receptor',1526824800),
('Naive T cells and Vitamin D','Multiple Sclerosis and Vitamin D',1526824800),
('Naive T cells and Vitamin D','COVID-19 and Vitamin D',1526824800),
('Naive T cells and Vitamin D','Naïve T cells and Vitamin D',1526824800),
('Wiki Help','Sandbox',1580674800),
('Wiki Help','Vitamin D',1580674800),
('Wiki Help','Contact',1580674800),
('Wiki Help','Editing Tips',1580674800),
('Editing Tips','Wiki Help',1568019600),
('Editing Tips','Vitamin D',1568019600),
('Vitamin D Basics','Lesson 1: What Vitamin D Does',1326189600),
('Vitamin D Basics','Lesson 2: Getting Enough',1326189600),
('Vitamin D Basics','Lesson 3: Testing and Levels',1326189600),
('Vitamin D Basics','Lesson 4: Special Groups',1326189600),
('Vitamin D Basics','Frequently Asked Questions',1326189600),
('Lesson 1: What Vitamin D Does','Lesson 2: Getting Enough',1357812300),
('Lesson 1: What Vitamin D Does','Vitamin D Basics',1357812300),
('Lesson 2: Getting Enough','Sun Exposure Guidelines',1357812600),
('Lesson 2: Getting Enough','Vitamin D Dosage Chart',1357812600),
('Lesson 2: Getting Enough','Lesson 1: What Vitamin D Does',1357812600),
('Lesson 2: Getting Enough','Lesson 3: Testing and Levels',1357812600),
('Lesson 3: Testing and Levels','Vitamin D Blood Test',1357812900),
('Lesson 3: Testing and Levels','Lesson 2: Getting Enough',1357812900),
('Lesson 3: Testing and Levels','Lesson 4: Special Groups',1357812900),
('Lesson 4: Special Groups','Pregnancy and Vitamin D',1357813200),
('Lesson 4: Special Groups','Infant Vitamin D Supplementation',1357813200),
('Lesson 4: Special Groups','Dark Skin and Vitamin D',1357813200),
('Lesson 4: Special Groups','Seniors and Vitamin D',1357813200),
('Lesson 4: Special Groups','Vitamin D Basics',1357813200),
('Lesson 4: Special Groups','Vitamin D',1357813200),
('Pregnancy and Vitamin D','Vitamin D Blood Test',1636106400),
('Pregnancy and Vitamin D','Vitamin D Dosage Chart',1636106400),
('Pregnancy and Vitamin D','Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',1636106400),
('Pregnancy and Vitamin D','Vitamin D in Breast Milk',1636106400),
('Pregnancy and Vitamin D','Infant Vitamin D Supplementation',1636106400),
('Pregnancy and Vitamin D','Lesson 4: Special Groups',1636106400),
('Infant Vitamin D Supplementation','Pregnancy and Vitamin D',1583316000),
('Infant Vitamin D Supplementation','Autism and Vitamin D',1583316000),
('Infant Vitamin D Supplementation','Vitamin D in Breast Milk',1583316000),
('Autism and Vitamin D','Autism Clinical Trial 2019',1559815200),
('Autism and Vitamin D','Pregnancy and Vitamin D',1559815200),
('Autism and Vitamin D','Infant Vitamin D Supplementation',1559815200),
('COVID-19 and Vitamin D','Hospital Vitamin D Protocols',1651428000),
('COVID-19 and Vitamin D','Vitamin D Dosage Chart',1651428000),
('COVID-19 and Vitamin D','Naive T cells and Vitamin D',1651428000),
('COVID-19 and Vitamin D','Seasonal Variation',1651428000),
('COVID-19 and Vitamin D','Recent Research Overview',1651428000),
('Multiple Sclerosis and Vitamin D','naive t cells and vitamin d',1530957600),
('Multiple Sclerosis and Vitamin D','Latitude and UVB',1530957600),
('Multiple Sclerosis and Vitamin D','Vitamin D Receptor',1530957600),
('Cancer and Vitamin D','Omega-3, Fish Oil, and Vitamin D',1565258400),
('Heart Health and Vitamin D','Vitamin K',1568887200),
('Heart Health and Vitamin D','Magnesium',1568887200),
('Heart Health and Vitamin D','Omega-3, Fish Oil, and Vitamin D',1568887200),
('Diabetes and Vitamin D','Obesity and Vitamin D',1570701600),
('Depression and Vitamin D','Omega-3, Fish Oil, and Vitamin D',1516442400),
('Depression and Vitamin D','Vitamin D & Sleep',1516442400),
('Obesity and Vitamin D','Vitamin D Dosage Chart',1550656800),
('Obesity and Vitamin D','Diabetes and Vitamin D',1550656800),
('Seniors and Vitamin D','Vitamin K2 and Bone Health',1521540000),
('Seniors and Vitamin D','Lesson 4: Special Groups',1521540000),
('Athletes and Vitamin D','Vitamin D Blood Test',1492682400),
('Dark Skin and Vitamin D','Sun Exposure Guidelines',1558346400),
('Dark Skin and Vitamin D','Latitude and UVB',1558346400),
('Vitamin D Receptor','Naive T cells and Vitamin D',1529488800),
('Vitamin D Cofactors','Magnesium',1595239200),
('Vitamin D Cofactors','Vitamin K',1595239200),
('Vitamin D Cofactors','Zinc',1595239200),
('Vitamin D Cofactors','Boron',1595239200),
('Vitamin D Cofactors','Vitamin A',1595239200),
('Vitamin D Cofactors','Vitamin D/K2 Ratio',1595239200),
('Vitamin D Cofactors','Omega-3, Fish Oil, and Vitamin D',1595239200),
('Vitamin D Cofactors','vitamin d and  magnesium',1595239200),
('Vitamin D Cofactors','CALCIUM + MAGNESIUM',1595239200),
('Zinc','Vitamin D Cofactors',1376992800),
('Boron','Vitamin D Cofactors',1377079200),
('Vitamin A','Omega-3, Fish Oil, and Vitamin D',1471860000),
('Vitamin D Toxicity','Vitamin D Cofactors',1630490400),
('Vitamin D Toxicity','Vitamin D Blood Test',1630490400),
('Vitamin D Toxicity','Vitamin D',1630490400),
('Vitamin D Myths','Latitude and UVB',1577872800),
('Vitamin D Myths','Vitamin D',1577872800),
('Vitamin D Myths','cafe au lait and vitamin d',1577872800),
('Vitamin D Myths','Vitamin D Toxicity',1577872800),
('Vitamin D Myths','Vitamin D Blood Test',1577872800),
('50% of People Are Deficient?','Vitamin D Deficiency',1391421600),
('50% of People Are Deficient?','Seasonal Variation',1391421600),
('Recent Research Overview','Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',1669888800),
('Recent Research Overview','COVID-19 and Vitamin D',1669888800),
('Recent Research Overview','Newsletter Archive 2009',1669888800),
('Recent Research Overview','Newsletter March 2015',1669888800),
('Video Library','Vitamin D Basics',1617530400),
('Video Library','Hospital Vitamin D Protocols',1617530400),
('Frequently Asked Questions','Lesson 4: Special Groups',1620208800),
('Frequently Asked Questions','Vitamin D Dosage Chart',1620208800),
('Frequently Asked Questions','Vitamin D Toxicity',1620208800),
('Frequently Asked Questions','Vitamin D',1620208800),
('Glossary','Cholecalciferol',1559815200),
('Glossary','Latitude and UVB',1559815200),
('Glossary','Vitamin D Receptor',1559815200),
('Glossary','Vitamin D Dosage Chart',1559815200),
('About This Wiki','Wiki Editors Guide',1562493600),
('About This Wiki','Newsletter Archive 2009',1562493600),
('About This Wiki','Disclaimer',1562493600),
('Contact','Disclaimer',1404813600),
('Vitamin D Calculator Notes','Obesity and Vitamin D',1516010400),
('Vitamin D Calculator Notes','Vitamin D Dosage Chart',1516010400),
('Vitamin D/K2 Ratio','Vitamin K',1565258400),
('Vitamin D/K2 Ratio','Vitamin K2 and Bone Health',1565258400),
('Vitamin D/K2 Ratio','Vitamin D Cofactors',1565258400),
('Sunlight 2','Sunlight',1470045600),
('VITAMIN K','Vitamin K',1472724000),
('Vitamin D and Sleep','Vitamin D & Sleep',1485943200),
('Sunlight – May 2020','Sunlight',1591092000),
('Витамин D','Vitamin D',1515578400),
('Витамин D','Vitamin D Dosage Chart',1515578400),
('ビタミンと日光','Sunlight',1518256800),
('ビタミンと日光','Vitamin D',1518256800),
('Vitamin D in Breast Milk','Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',1636192800),
('Vitamin D in Breast Milk','Pregnancy and Vitamin D',1636192800),
('Vitamin D in Breast Milk','Infant Vitamin D Supplementation',1636192800),
('Winter Vitamin D Protocol','Vitamin D Blood Test',1664618400),
('Winter Vitamin D Protocol','Magnesium',1664618400),
('Winter Vitamin D Protocol','Vitamin D/K2 Ratio',1664618400),
('Winter Vitamin D Protocol','Vitamin D Loading Dose',1664618400),
('Winter Vitamin D Protocol','Vitamin D Dosage Chart',1664618400),
('Winter Vitamin D Protocol','Seasonal Variation',1664618400),
('Winter Vitamin D Protocol','Sun Exposure Guidelines',1664618400),
('Hospital Vitamin D Protocols','COVID-19 and Vitamin D',1613037600);
/*!40000 ALTER TABLE `tiki_links` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_object_relations`
--

DROP TABLE IF EXISTS `tiki_object_relations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_object_relations` (
  `relationId` int(11) NOT NULL AUTO_INCREMENT,
  `relation` varchar(70) NOT NULL,
  `source_type` varchar(50) NOT NULL,
  `source_itemId` varchar(160) NOT NULL,
  `source_fieldId` int(12) DEFAULT NULL,
  `target_type` varchar(50) NOT NULL,
  `target_itemId` varchar(160) NOT NULL,
  `metadata_itemId` int(12) DEFAULT NULL,
  PRIMARY KEY (`relationId`),
  KEY `relation_source_ix` (`source_type`,`source_itemId`,`source_fieldId`),
  KEY `relation_target_ix` (`target_type`,`target_itemId`),
  KEY `metadata_itemId` (`metadata_itemId`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_object_relations`
--

LOCK TABLES `tiki_object_relations` WRITE;
/*!40000 ALTER TABLE `tiki_object_relations` DISABLE KEYS */;
INSERT INTO `tiki_object_relations` VALUES
(1,'tiki.link.alias','wiki page','Vitamin D',NULL,'wiki page','Old Vitamin Page',NULL);
/*!40000 ALTER TABLE `tiki_object_relations` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_objects`
--

DROP TABLE IF EXISTS `tiki_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_objects` (
  `objectId` int(12) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) DEFAULT NULL,
  `itemId` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `created` int(14) DEFAULT NULL,
  `name` varchar(200) DEFAULT NULL,
  `href` varchar(256) DEFAULT NULL,
  `hits` int(8) DEFAULT NULL,
  `comments_locked` char(1) NOT NULL DEFAULT 'n',
  PRIMARY KEY (`objectId`),
  KEY `type` (`type`,`objectId`),
  KEY `itemId` (`itemId`(141),`type`)
) ENGINE=MyISAM AUTO_INCREMENT=67 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_objects`
--

LOCK TABLES `tiki_objects` WRITE;
/*!40000 ALTER TABLE `tiki_objects` DISABLE KEYS */;
INSERT INTO `tiki_objects` VALUES
(1,'wiki page','Vitamin D','Overview: sources, levels, forms, safety',1209808800,'Vitamin D','tiki-index.php?page=Vitamin+D',0,'n'),
(2,'wiki page','Vitamin D Deficiency','',1210417200,'Vitamin D Deficiency','tiki-index.php?page=Vitamin+D+Deficiency',0,'n'),
(3,'wiki page','Vitamin D Blood Test','Which test, how to read the result',1212334200,'Vitamin D Blood Test','tiki-index.php?page=Vitamin+D+Blood+Test',0,'n'),
(4,'wiki page','Vitamin D Dosage Chart','',1234612800,'Vitamin D Dosage Chart','tiki-index.php?page=Vitamin+D+Dosage+Chart',0,'n'),
(5,'wiki page','Calcium + Magnesium','',1235894400,'Calcium + Magnesium','tiki-index.php?page=Calcium+%2B+Magnesium',0,'n'),
(6,'wiki page','Magnesium','',1235896200,'Magnesium','tiki-index.php?page=Magnesium',0,'n'),
(7,'wiki page','Vitamin D and Magnesium','',1263322800,'Vitamin D and Magnesium','tiki-index.php?page=Vitamin+D+and+Magnesium',0,'n'),
(8,'wiki page','Vitamin K','',1265104800,'Vitamin K','tiki-index.php?page=Vitamin+K',0,'n'),
(9,'wiki page','Vitamin K2 and Bone Health','',1265191200,'Vitamin K2 and Bone Health','tiki-index.php?page=Vitamin+K2+and+Bone+Health',0,'n'),
(10,'wiki page','Omega-3, Fish Oil, and Vitamin D','Cod liver oil, VITAL, fish',1271607600,'Omega-3, Fish Oil, and Vitamin D','tiki-index.php?page=Omega-3%2C+Fish+Oil%2C+and+Vitamin+D',0,'n'),
(11,'wiki page','Sunlight','',1272715200,'Sunlight','tiki-index.php?page=Sunlight',0,'n'),
(12,'wiki page','Sun Exposure Guidelines','',1272801600,'Sun Exposure Guidelines','tiki-index.php?page=Sun+Exposure+Guidelines',0,'n'),
(13,'wiki page','Latitude and UVB','',1272888000,'Latitude and UVB','tiki-index.php?page=Latitude+and+UVB',0,'n'),
(14,'wiki page','Seasonal Variation','',1289473860,'Seasonal Variation','tiki-index.php?page=Seasonal+Variation',0,'n'),
(15,'wiki page','Vitamin D & Sleep','',1294440000,'Vitamin D & Sleep','tiki-index.php?page=Vitamin+D+%26+Sleep',0,'n'),
(16,'wiki page','Café au lait and Vitamin D','Does coffee block vitamin D?',1393668000,'Café au lait and Vitamin D','tiki-index.php?page=Caf%C3%A9+au+lait+and+Vitamin+D',0,'n'),
(17,'wiki page','The \"Sunshine\" Vitamin\'s History','',1300179600,'The \"Sunshine\" Vitamin\'s History','tiki-index.php?page=The+%22Sunshine%22+Vitamin%27s+History',0,'n'),
(18,'wiki page','Naive T cells and Vitamin D','',1305900000,'Naive T cells and Vitamin D','tiki-index.php?page=Naive+T+cells+and+Vitamin+D',0,'n'),
(19,'wiki page','Wiki Help','',1209720600,'Wiki Help','tiki-index.php?page=Wiki+Help',0,'n'),
(20,'wiki page','Sandbox','',1209721200,'Sandbox','tiki-index.php?page=Sandbox',0,'n'),
(21,'wiki page','Editing Tips','',1252486800,'Editing Tips','tiki-index.php?page=Editing+Tips',0,'n'),
(22,'wiki page','Newsletter Archive 2009','Autumn 2009 â€“ imported',1254384000,'Newsletter Archive 2009','tiki-index.php?page=Newsletter+Archive+2009',0,'n'),
(23,'wiki page','Vitamin D Basics','',1326189600,'Vitamin D Basics','tiki-index.php?page=Vitamin+D+Basics',0,'n'),
(24,'wiki page','Lesson 1: What Vitamin D Does','',1326189900,'Lesson 1: What Vitamin D Does','tiki-index.php?page=Lesson+1%3A+What+Vitamin+D+Does',0,'n'),
(25,'wiki page','Lesson 2: Getting Enough','',1326190200,'Lesson 2: Getting Enough','tiki-index.php?page=Lesson+2%3A+Getting+Enough',0,'n'),
(26,'wiki page','Lesson 3: Testing and Levels','',1326190500,'Lesson 3: Testing and Levels','tiki-index.php?page=Lesson+3%3A+Testing+and+Levels',0,'n'),
(27,'wiki page','Lesson 4: Special Groups','',1326190800,'Lesson 4: Special Groups','tiki-index.php?page=Lesson+4%3A+Special+Groups',0,'n'),
(28,'wiki page','Pregnancy and Vitamin D','',1330768800,'Pregnancy and Vitamin D','tiki-index.php?page=Pregnancy+and+Vitamin+D',0,'n'),
(29,'wiki page','Infant Vitamin D Supplementation','',1330855200,'Infant Vitamin D Supplementation','tiki-index.php?page=Infant+Vitamin+D+Supplementation',0,'n'),
(30,'wiki page','Autism and Vitamin D','',1338976800,'Autism and Vitamin D','tiki-index.php?page=Autism+and+Vitamin+D',0,'n'),
(31,'wiki page','COVID-19 and Vitamin D','',1584295200,'COVID-19 and Vitamin D','tiki-index.php?page=COVID-19+and+Vitamin+D',0,'n'),
(32,'wiki page','Multiple Sclerosis and Vitamin D','',1341655200,'Multiple Sclerosis and Vitamin D','tiki-index.php?page=Multiple+Sclerosis+and+Vitamin+D',0,'n'),
(33,'wiki page','Cancer and Vitamin D','',1344420000,'Cancer and Vitamin D','tiki-index.php?page=Cancer+and+Vitamin+D',0,'n'),
(34,'wiki page','Heart Health and Vitamin D','',1347184800,'Heart Health and Vitamin D','tiki-index.php?page=Heart+Health+and+Vitamin+D',0,'n'),
(35,'wiki page','Diabetes and Vitamin D','',1349863200,'Diabetes and Vitamin D','tiki-index.php?page=Diabetes+and+Vitamin+D',0,'n'),
(36,'wiki page','Depression and Vitamin D','',1358676000,'Depression and Vitamin D','tiki-index.php?page=Depression+and+Vitamin+D',0,'n'),
(37,'wiki page','Obesity and Vitamin D','',1361354400,'Obesity and Vitamin D','tiki-index.php?page=Obesity+and+Vitamin+D',0,'n'),
(38,'wiki page','Seniors and Vitamin D','',1363773600,'Seniors and Vitamin D','tiki-index.php?page=Seniors+and+Vitamin+D',0,'n'),
(39,'wiki page','Athletes and Vitamin D','',1366452000,'Athletes and Vitamin D','tiki-index.php?page=Athletes+and+Vitamin+D',0,'n'),
(40,'wiki page','Dark Skin and Vitamin D','',1369044000,'Dark Skin and Vitamin D','tiki-index.php?page=Dark+Skin+and+Vitamin+D',0,'n'),
(41,'wiki page','Vitamin D Receptor','',1371722400,'Vitamin D Receptor','tiki-index.php?page=Vitamin+D+Receptor',0,'n'),
(42,'wiki page','Vitamin D Cofactors','',1374314400,'Vitamin D Cofactors','tiki-index.php?page=Vitamin+D+Cofactors',0,'n'),
(43,'wiki page','Zinc','',1376992800,'Zinc','tiki-index.php?page=Zinc',0,'n'),
(44,'wiki page','Boron','',1377079200,'Boron','tiki-index.php?page=Boron',0,'n'),
(45,'wiki page','Vitamin A','',1377165600,'Vitamin A','tiki-index.php?page=Vitamin+A',0,'n'),
(46,'wiki page','Vitamin D Toxicity','',1378029600,'Vitamin D Toxicity','tiki-index.php?page=Vitamin+D+Toxicity',0,'n'),
(47,'wiki page','Vitamin D Myths','',1388570400,'Vitamin D Myths','tiki-index.php?page=Vitamin+D+Myths',0,'n'),
(48,'wiki page','50% of People Are Deficient?','',1391335200,'50% of People Are Deficient?','tiki-index.php?page=50%25+of+People+Are+Deficient%3F',0,'n'),
(49,'wiki page','Recent Research Overview','',1393840800,'Recent Research Overview','tiki-index.php?page=Recent+Research+Overview',0,'n'),
(50,'wiki page','Frequently Asked Questions','',1399284000,'Frequently Asked Questions','tiki-index.php?page=Frequently+Asked+Questions',0,'n'),
(51,'wiki page','Disclaimer','',1209720000,'Disclaimer','tiki-index.php?page=Disclaimer',0,'n'),
(52,'wiki page','Glossary','',1402048800,'Glossary','tiki-index.php?page=Glossary',0,'n'),
(53,'wiki page','About This Wiki','',1404727200,'About This Wiki','tiki-index.php?page=About+This+Wiki',0,'n'),
(54,'wiki page','Vitamin D Calculator Notes','',1421316000,'Vitamin D Calculator Notes','tiki-index.php?page=Vitamin+D+Calculator+Notes',0,'n'),
(55,'wiki page','Vitamin D/K2 Ratio','',1439028000,'Vitamin D/K2 Ratio','tiki-index.php?page=Vitamin+D%2FK2+Ratio',0,'n'),
(56,'wiki page','Sunlight 2','',1470045600,'Sunlight 2','tiki-index.php?page=Sunlight+2',0,'n'),
(57,'wiki page','Vitamin D and Sleep','',1485943200,'Vitamin D and Sleep','tiki-index.php?page=Vitamin+D+and+Sleep',0,'n'),
(58,'wiki page','Sunlight – May 2020','',1590919200,'Sunlight – May 2020','tiki-index.php?page=Sunlight+%E2%80%93+May+2020',0,'n'),
(59,'wiki page','Витамин D','Русская версия страницы Vitamin D',1515578400,'Витамин D','tiki-index.php?page=%D0%92%D0%B8%D1%82%D0%B0%D0%BC%D0%B8%D0%BD+D',0,'n'),
(60,'wiki page','ビタミンと日光','',1518256800,'ビタミンと日光','tiki-index.php?page=%E3%83%93%E3%82%BF%E3%83%9F%E3%83%B3%E3%81%A8%E6%97%A5%E5%85%89',0,'n'),
(61,'wiki page','Quick Start in Markdown','',1683021600,'Quick Start in Markdown','tiki-index.php?page=Quick+Start+in+Markdown',0,'n'),
(62,'wiki page','Newsletter March 2015','',1425200400,'Newsletter March 2015','tiki-index.php?page=Newsletter+March+2015',0,'n'),
(63,'wiki page','Vitamin D in Breast Milk','',1527847200,'Vitamin D in Breast Milk','tiki-index.php?page=Vitamin+D+in+Breast+Milk',0,'n'),
(64,'wiki page','Winter Vitamin D Protocol','',1569924000,'Winter Vitamin D Protocol','tiki-index.php?page=Winter+Vitamin+D+Protocol',0,'n'),
(65,'wiki page','Hospital Vitamin D Protocols','',1605088800,'Hospital Vitamin D Protocols','tiki-index.php?page=Hospital+Vitamin+D+Protocols',0,'n'),
(66,'wiki page','Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021','',1635768000,'Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021','tiki-index.php?page=Need+at+least+6%2C000+IU+daily+while+breastfeeding+to+eliminate+Vitamin+D+deficiency+%E2%80%93+meta-analysis+Oct+2021',0,'n');
/*!40000 ALTER TABLE `tiki_objects` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_pages`
--

DROP TABLE IF EXISTS `tiki_pages`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_pages` (
  `page_id` int(14) NOT NULL AUTO_INCREMENT,
  `pageName` varchar(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `pageSlug` varchar(160) DEFAULT NULL,
  `hits` int(8) DEFAULT NULL,
  `data` mediumtext DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  `lastModif` int(14) DEFAULT NULL,
  `comment` mediumtext DEFAULT NULL,
  `version` int(8) NOT NULL DEFAULT 0,
  `version_minor` int(8) NOT NULL DEFAULT 0,
  `user` varchar(200) DEFAULT '',
  `ip` varchar(39) DEFAULT NULL,
  `flag` char(1) DEFAULT NULL,
  `points` int(8) DEFAULT NULL,
  `votes` int(8) DEFAULT NULL,
  `cache` longtext DEFAULT NULL,
  `wiki_cache` int(10) DEFAULT NULL,
  `cache_timestamp` int(14) DEFAULT NULL,
  `pageRank` decimal(4,3) DEFAULT NULL,
  `creator` varchar(200) DEFAULT NULL,
  `page_size` int(10) unsigned DEFAULT 0,
  `lang` varchar(16) DEFAULT NULL,
  `lockedby` varchar(200) DEFAULT NULL,
  `is_html` tinyint(1) DEFAULT 0,
  `created` int(14) DEFAULT NULL,
  `wysiwyg` char(1) DEFAULT NULL,
  `wiki_authors_style` varchar(20) DEFAULT '',
  `comments_enabled` char(1) DEFAULT NULL,
  `keywords` text DEFAULT NULL,
  PRIMARY KEY (`page_id`),
  UNIQUE KEY `pageName` (`pageName`),
  UNIQUE KEY `pageSlug` (`pageSlug`),
  KEY `data` (`data`(191)),
  KEY `pageRank` (`pageRank`),
  KEY `lastModif` (`lastModif`)
) ENGINE=MyISAM AUTO_INCREMENT=13039 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_pages`
--

LOCK TABLES `tiki_pages` WRITE;
/*!40000 ALTER TABLE `tiki_pages` DISABLE KEYS */;
INSERT INTO `tiki_pages` VALUES
(1,'HomePage',NULL,48211,'!Welcome to the Vitamin Wiki\nThis wiki collects __research summaries__, practical guides and reader questions about ((Vitamin D)) and the nutrients that work with it.\nEverything here is written by volunteers, so please read the ((Disclaimer)) before acting on anything you find.\n\n{maketoc}\n\n!!Start here\n*((Vitamin D Basics|The short course)): five lessons, about 20 minutes in total\n*((Vitamin D|Vitamin D overview)) and ((Vitamin D Deficiency|what deficiency looks like))\n*((Vitamin D Blood Test|Getting tested)) and ((Vitamin D Dosage Chart|how much to take))\n*((Frequently Asked Questions))\n\n!!Popular topics\n||__Topic__|__Start with__|__Then read__\nPregnancy|((Pregnancy and Vitamin D))|((Infant Vitamin D Supplementation|Infants))\nImmunity|((COVID-19 and Vitamin D|COVID-19))|((Naive T cells and Vitamin D|T cells))\nCofactors|((Vitamin D Cofactors))|((Calcium + Magnesium))\nSun and skin|((Sunlight))|((Sun Exposure Guidelines|Guidelines))||\n\n!!What\'s new\n#((Recent Research Overview|Research overview)), updated every month\n#((Winter Vitamin D Protocol)), revised for the 2022 season\n#((Video Library)): three new talks\n\n--- thanks to everyone who edited this year\nQuestions or corrections? Use ((Contact)) or read ((About This Wiki|about this wiki)).\nOther languages: ((Витамин D)) · ((ビタミンと日光))\n','Start page of the Vitamin Wiki',1668969000,'new links',14,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',1325,'en',NULL,0,1209719400,'n','',NULL,NULL),
(2,'Vitamin D',NULL,30544,'{maketoc}\n\'\'This page used to be called \"Old Vitamin Page\". Links to the old name still arrive here.\'\' (alias(Old Vitamin Page))\n\n__Vitamin D__ is a fat-soluble prohormone. The skin makes it when UVB light (290–315 nm) reaches 7-dehydrocholesterol, and it also comes from food and supplements.\nThe liver turns it into 25-hydroxyvitamin D, the form measured by the ((Vitamin D Blood Test|blood test)). The kidneys and many other tissues then make the active hormone, calcitriol.\n\nAlmost every cell has a ((Vitamin D Receptor|vitamin D receptor)), which is why low levels are linked to so many conditions.\n\n!!Sources of vitamin D\nThere are three sources, roughly in order of how much they usually contribute:\n#Sunlight on bare skin: see ((Sunlight)), ((Latitude and UVB)) and ((Seasonal Variation))\n#Supplements: D3 (((Cholecalciferol|cholecalciferol))) or D2 (ergocalciferol)\n#Food\n##Oily fish: a 100 g portion of farmed salmon has roughly 250–600 IU\n##Egg yolks, liver, UV-exposed mushrooms\n##Fortified milk, juice and cereals\n+Fortification rules differ a lot between countries.\n\nMost people living far from the equator cannot make any vitamin D from the sun for several months of the year. ((Café au lait and Vitamin D)) looks at a popular myth about coffee.\n\n!!How much is enough\nBlood levels are given in ng/mL in the US and nmol/L in most other countries (1 ng/mL = 2.5 nmol/L).\nMany researchers aim for 40–60 ng/mL; official bodies usually call 20 ng/mL \"sufficient\".\nThe ((Vitamin D Dosage Chart)) lists the daily intake that typically reaches each level, and ((Vitamin D Toxicity)) explains where the upper limits come from.\n\nAs a rule of thumb, each 1,000 IU per day raises the blood level by about 5–10 ng/mL, less in people who are overweight (see ((Obesity and Vitamin D))).\n\n!!Forms: D2 and D3\nVitamin D3 raises blood levels more, and for longer, than the same dose of D2.\nBoth need ((Magnesium)) to be activated; see ((vitamin d and  magnesium)) for the details and ((Vitamin D Cofactors)) for the other helpers.\n\n!!Who is most at risk\n*People with dark skin: ((Dark Skin and Vitamin D))\n*Seniors: ((Seniors and Vitamin D))\n*Pregnant and breastfeeding women: ((Pregnancy and Vitamin D))\n*People who are obese, or who had gastric bypass surgery\n*Office and night-shift workers\n**Anyone who covers most of their skin outdoors\n\n!!Health problems linked to low vitamin D\nObservational studies link low levels with ((Multiple Sclerosis and Vitamin D|multiple sclerosis)), ((Diabetes and Vitamin D|type 2 diabetes)), ((Heart Health and Vitamin D|heart disease)), ((Depression and Vitamin D|depression)), ((Autism and Vitamin D|autism)) and ((Cancer and Vitamin D|some cancers)).\nAssociation is not causation: low vitamin D can be a result of illness as well as a cause. The randomised trials collected in ((Recent Research Overview)) are the better guide.\n\n!!Safety\nVitamin D is safe at the doses most people take. Problems appear with very high doses over long periods, usually together with high calcium intake.\nRead ((Vitamin D Toxicity|the toxicity page)) before going above 10,000 IU per day, and talk to your doctor.\n\n!!What happens in the body\nVitamin D3 made in the skin or swallowed in a supplement is carried in the blood by vitamin D binding protein. Within a day or two most of it reaches the liver, where the enzyme CYP2R1 adds a hydroxyl group and makes 25-hydroxyvitamin D. This is the main circulating and storage form; its half-life is about two to three weeks, which is why blood levels change slowly after a change in dose.\nThe kidneys convert a small part of it into calcitriol, under tight control by parathyroid hormone, calcium and phosphate. This kidney-made calcitriol is the hormone that regulates calcium. Many other tissues (immune cells, skin, prostate, breast, colon, brain) have their own enzyme and make calcitriol for local use; they depend on the blood level of 25-hydroxyvitamin D, not on the kidneys.\nBoth forms are eventually broken down by the enzyme CYP24A1 and excreted in bile. People with rare mutations in this enzyme can develop high calcium on ordinary doses, one of the few situations where modest supplementation is risky.\n\nFat tissue stores vitamin D3 itself. In people with a lot of body fat more of each dose is stored and less reaches the liver, which explains why larger doses are needed to reach the same level. Stores are released slowly, over weeks to months, when intake stops.\n\n!!How the recommendations changed\nFor most of the 20th century the aim was only to prevent rickets, and 400 IU per day (the amount in a teaspoon of cod liver oil) was enough for that. Adult recommendations were set at 200 IU per day in many countries.\nIn 2010 the US Institute of Medicine raised the adult recommendation to 600 IU per day (800 IU over 70) and the upper limit to 4,000 IU per day. A year later the Endocrine Society suggested 1,500–2,000 IU per day for adults and a target of at least 30 ng/mL. Several European countries followed with recommendations of 600–800 IU per day, with higher doses for people with little sun exposure.\nThe disagreement is mostly about the target level: official bodies chose the level that is enough for bone health in almost everyone (20 ng/mL), while many researchers argue that other effects need higher levels. The large trials of the 2010s (VITAL, D-Health, DO-HEALTH, ViDA) mostly gave vitamin D to people who were not deficient, and mostly found small or no effects on their main outcomes. Supporters of higher doses point out that a supplement cannot be expected to help people who already have enough.\n\n!!Interactions with medicines\n*Glucocorticoids (prednisone), some anticonvulsants and some HIV medicines speed up the breakdown of vitamin D\n*Orlistat and cholestyramine reduce its absorption\n*Thiazide diuretics together with high-dose vitamin D can raise calcium\n*Digoxin: high calcium increases its toxicity\nIf you take any of these, ask your pharmacist before taking more than 2,000 IU per day.\n\n!!See also\n*((Vitamin D Basics)), the five-lesson introduction\n*((The \"Sunshine\" Vitamin\'s History))\n*((Vitamin D Myths))\n*[https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/|NIH fact sheet for health professionals]\n*[https://en.wikipedia.org/wiki/Vitamin_D]\n','Overview: sources, levels, forms, safety',1622533500,'added risk groups',3,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',6282,'en',NULL,0,1209808800,'n','',NULL,NULL),
(3,'Vitamin D Deficiency',NULL,12004,'Vitamin D deficiency is common: in many surveys a third or more of adults are below 20 ng/mL at the end of winter.\nSymptoms are vague, so most people who are deficient do not know it.\n\n!!Symptoms\n*Tiredness and low mood\n*Aching bones, especially the shins and lower back\n*Muscle weakness, frequent falls in older people\n*Getting sick often\n*Slow wound healing\nChildren with severe deficiency can develop ((Rickets)); adults can develop osteomalacia.\n\n!!Causes\n#Not enough sun: ((Latitude and UVB|latitude)), winter, sunscreen, clothing\n#Dark skin (see ((Dark Skin and Vitamin D)))\n#Body fat: vitamin D is stored in fat tissue and is less available (((Obesity and Vitamin D)))\n#Poor absorption: coeliac disease, Crohn\'s disease, gastric bypass\n#Age: the skin of a 70-year-old makes about a quarter of what a 20-year-old\'s does\n\n!!What to do\nGet a ((Vitamin D Blood Test|blood test)) first if you can. Then follow the ((Vitamin D|#How_much_is_enough|guidance on how much is enough)), and re-test after about three months.\nPeople who are very deficient are sometimes given a \"loading dose\" by their doctor; see ((Winter Vitamin D Protocol)) for one example.\n\n\'\'Note:\'\' the ((Vitamin D Dosage Chart)) assumes normal absorption.\n','',1549876320,'',5,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',1224,'en',NULL,0,1210417200,'n','',NULL,NULL),
(4,'Vitamin D Blood Test',NULL,9876,'The only reliable way to know your vitamin D status is a blood test for __25-hydroxyvitamin D__, written 25(OH)D.\nTests for 1,25-dihydroxyvitamin D (the active hormone) are __not__ useful for this, because the body keeps that level steady until deficiency is severe.\n\n{img attId=1}\n\n!!Reading your result\n||__Status__|__ng/mL__|__nmol/L__\nDeficient|~lt~ 20|~lt~ 50\nInsufficient|20–30|50–75\nSufficient|30–100|75–250\nPossible excess|~gt~ 100|~gt~ 250\nRisk of toxicity|~gt~ 150|~gt~ 375||\n\nLabs differ: some still report \"normal\" from 10 ng/mL. Always check the units before comparing with the ((Vitamin D Dosage Chart)).\n\n!!Home test kits\nFinger-prick kits that you post to a lab are accurate enough for tracking your level over time.\nThe dried blood spot method was validated against the standard method in several studies [https://example.org/studies/dbs-validation|(summary)].\n\n!!When to test\n*Before starting supplements, to know where you begin\n*About 3 months after changing the dose (levels take that long to settle)\n*At the end of winter, when levels are lowest: see ((Seasonal Variation))\n\nSee also ((Lesson 3: Testing and Levels)).\n','Which test, how to read the result',1578218400,'',7,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',1148,'en',NULL,0,1212334200,'n','',NULL,NULL),
(5,'Vitamin D Dosage Chart',NULL,15230,'This chart is a rough guide to the \'\'daily\'\' vitamin D3 intake that adults typically need to reach a given blood level.\nIndividual response varies three-fold or more; ((Vitamin D Blood Test|test)) rather than guess.\n\n{file name=\"dosage-chart.pdf\" desc=\"Printable dosage chart (PDF)\"}\n[tiki-download_wiki_attachment.php?attId=2|Download the printable chart]\n\n||Starting level|Target 30 ng/mL|Target 50 ng/mL|Notes\n10 ng/mL|3,000 IU|6,000 IU|((Vitamin D Deficiency|deficient))\n20 ng/mL|2,000 IU|5,000 IU|most adults in winter\n30 ng/mL|800 IU|4,000 IU\n40 ng/mL|–|2,000 IU|maintenance%%%re-test yearly\nOverweight (BMI ~gt~ 30)|×1.5|×2|see ((Obesity and Vitamin D|#Why_the_dose_is_higher|obesity))\nD2 instead of D3?|((Vitamin D2 versus D3|D2 vs D3))|[https://example.org/d2-d3|study]|not recommended||\n\nChildren need less: see ((Infant Vitamin D Supplementation)). Pregnant women often need more: see ((Pregnancy and Vitamin D)).\nDoses above 10,000 IU per day should be discussed with a doctor (((Vitamin D Toxicity))).\n\n!!Converting units\n1 µg = 40 IU, so 1,000 IU = 25 µg.\nTo convert a blood level from ng/mL to nmol/L multiply by 2.5.\n','',1617122400,'',9,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',1139,'en',NULL,0,1234612800,'n','',NULL,NULL),
(66,'sunlight',NULL,88,'sunlight questions from the forum, copied here.\n\n*does sun through a car window count? no, glass blocks UVB\n*does a tan mean i have enough vitamin D? not necessarily\n*is a sunbed ok? some sunbeds emit UVB, most mostly UVA; not recommended\n\nsee ((Sunlight)) for the main page\n','',1468962180,'forum questions',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',275,'en',NULL,0,1468962180,'n','',NULL,NULL),
(7,'Calcium + Magnesium',NULL,2450,'Calcium and magnesium are usually discussed together because they compete for absorption and because vitamin D changes how both are handled.\n\n!!Calcium\nMost adults get enough calcium from food. Vitamin D raises calcium absorption from the gut from about 10–15% to 30–40%, so taking large calcium supplements __and__ vitamin D can push calcium too high.\nGood food sources: dairy, sardines with bones, kale, almonds, tofu made with calcium sulphate.\n\n!!Magnesium\nAbout half of adults in Western countries eat less magnesium than recommended. See ((Magnesium)) for the forms and doses.\n\n!!The ratio debate\nSome authors recommend a 2:1 calcium:magnesium ratio, others 1:1. There is little trial evidence for either.\nA practical approach:\n*Get calcium from food where possible\n*Supplement magnesium if intake is low\n*Take ((Vitamin K|vitamin K2)) if you take high-dose vitamin D (see ((Vitamin D/K2 Ratio)))\n\nSee also: ((Vitamin D and Magnesium)), ((Vitamin K2 and Bone Health)).\n','',1524402900,'',2,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',979,'en',NULL,0,1235894400,'n','',NULL,NULL),
(8,'Magnesium',NULL,7020,'Magnesium is needed by more than 300 enzymes, including the ones that activate vitamin D in the liver and kidneys.\n\n!!Forms of magnesium\n||__Form__|__Absorption__|__Notes__\nMagnesium citrate|good|can loosen stools\nMagnesium glycinate|good|((Magnesium Glycinate|gentle on the stomach))\nMagnesium oxide|poor|cheap, mostly a laxative\nMagnesium chloride|good|also used on the skin as \"magnesium oil\"||\n\n!!How much\nAdults: 310–420 mg per day from all sources. The upper limit for __supplements__ is 350 mg per day, because higher doses cause diarrhoea in many people.\n\n!!Signs of low magnesium\n*Muscle cramps and twitches\n*Poor sleep (see ((Vitamin D & Sleep)))\n*Heart palpitations\nBlood tests for magnesium are unreliable because only about 1% of the body\'s magnesium is in the blood.\n\nRelated: ((Calcium + Magnesium)), ((Vitamin D and Magnesium)), ((Zinc)), ((Boron)).\n','',1602324600,'',6,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',868,'en',NULL,0,1235896200,'n','',NULL,NULL),
(9,'Vitamin D and Magnesium',NULL,6311,'Vitamin D cannot be activated without magnesium, and taking vitamin D uses magnesium up.\nPeople who start high-dose vitamin D sometimes report cramps, headaches or palpitations that go away when they add magnesium.\n\n!!The evidence\nA 2018 trial found that magnesium supplements raised 25(OH)D in people who started low, and lowered it in people who started high; magnesium seems to \'\'regulate\'\' vitamin D rather than simply raise it.\n[https://example.org/trials/mg-vitd-2018|Trial summary]\n\n!!Practical advice\n#Eat magnesium-rich foods: nuts, seeds, leafy greens, whole grains, dark chocolate\n#If you take more than 4,000 IU of vitamin D per day, consider 200–400 mg of magnesium\n##Choose a well-absorbed form (see ((Magnesium|#Forms_of_magnesium|forms of magnesium)))\n##Take it in the evening; many people find it helps sleep\n#Re-test vitamin D after three months\n\nSee ((Vitamin D Cofactors)) for the other nutrients involved, and ((Calcium + Magnesium)) for the calcium side.\n','',1557032700,'',3,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',979,'en',NULL,0,1263322800,'n','',NULL,NULL),
(11,'Vitamin K',NULL,3022,'Vitamin K is a group of fat-soluble vitamins. __K1__ (phylloquinone) comes from green vegetables and is used mainly for blood clotting. __K2__ (menaquinones, MK-4 and MK-7) comes from fermented foods and animal products and directs calcium into bones rather than arteries.\n\n!!Why it matters with vitamin D\nVitamin D increases the production of proteins (osteocalcin, matrix Gla protein) that only work after vitamin K has activated them.\nSo high-dose vitamin D without enough K2 may, in theory, leave calcium in the wrong places. See ((Vitamin K2 and Bone Health)) and ((Vitamin D/K2 Ratio)).\n\n!!Sources\n*K1: kale, spinach, broccoli\n*K2 (MK-7): natto (by far the richest), some cheeses\n*K2 (MK-4): egg yolks, butter, liver\n\n!!Warning\nPeople taking warfarin or other vitamin K antagonists must not change their vitamin K intake without their doctor.\n','',1504948140,'',2,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',849,'en',NULL,0,1265104800,'n','',NULL,NULL),
(12,'Vitamin K2 and Bone Health',NULL,1740,'Vitamin K2 activates osteocalcin, the protein that binds calcium into bone. Japanese studies of MK-4 (45 mg per day) found fewer fractures in women with osteoporosis, and Dutch studies of MK-7 found slower bone loss.\n\n!!With vitamin D\nSeveral small trials combined vitamin D and K2 and found better bone density than either alone. See ((vitamin k)) for sources and ((Vitamin D/K2 Ratio)) for how much of each.\n\n!!Doses used in studies\n||__Form__|__Daily dose__|__Studied for__\nMK-4|45 mg|osteoporosis (Japan)\nMK-7|90–360 µg|bone loss, arterial stiffness||\n\nRelated: ((Calcium + Magnesium)), ((Seniors and Vitamin D)).\n','',1533715680,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',621,'en',NULL,0,1265191200,'n','',NULL,NULL),
(13,'Omega-3, Fish Oil, and Vitamin D',NULL,2210,'Omega-3 fatty acids (EPA and DHA) and vitamin D are often taken together, and cod liver oil contains both.\n\n!!Cod liver oil\nOne tablespoon of cod liver oil has about 1,300 IU of vitamin D and a lot of vitamin A. Because of the vitamin A (see ((Vitamin A))), cod liver oil is not a good way to get large amounts of vitamin D.\n\n!!Trials\nThe VITAL trial gave 2,000 IU of vitamin D and 1 g of omega-3 to over 25,000 older adults for five years. Neither prevented cancer or heart disease overall, but the vitamin D group had fewer autoimmune diseases and fewer cancer deaths after the first two years.\n[https://example.org/vital|VITAL trial overview|nocache]\n\n!!Fish versus supplements\nOily fish gives you both nutrients plus selenium and iodine. Two portions a week give roughly 1,000–1,500 IU of vitamin D per week, far less than most people need in winter.\n\nSee also ((Heart Health and Vitamin D)) and ((Depression and Vitamin D)).\n','Cod liver oil, VITAL, fish',1575144000,'',4,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',932,'en',NULL,0,1271607600,'n','',NULL,NULL),
(14,'Sunlight',NULL,5120,'Sunlight is the natural source of vitamin D. UVB rays convert 7-dehydrocholesterol in the skin into previtamin D3, which the body\'s heat turns into vitamin D3 over the next day or two.\n\n!!How much sun\nIn summer, at mid-latitudes, 10–30 minutes of midday sun on the arms and legs, a few times a week, makes several thousand IU each time for light-skinned people.\nPeople with darker skin need three to six times longer (see ((Dark Skin and Vitamin D))).\nThe body limits production: long exposure does not cause vitamin D toxicity, because extra previtamin D is converted into inactive compounds.\n\n!!When the sun is too low\nIf your shadow is longer than you are tall, there is almost no UVB. See ((Latitude and UVB)) and ((Seasonal Variation)).\n\n!!Balance with skin cancer risk\nNever burn. Short, frequent exposure is better than occasional long exposure. The ((Sun Exposure Guidelines)) page has the details.\n\nOther pages about sun: ((Sunlight 2|more questions about sunlight)), ((Sunlight – May 2020|May 2020 reader survey)).\n','',1592740800,'',4,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',1029,'en',NULL,0,1272715200,'n','',NULL,NULL),
(15,'Sun Exposure Guidelines',NULL,3900,'These guidelines try to balance vitamin D production against the risk of sunburn and skin cancer.\n\n!!Basic rules\n#Expose as much skin as practical (arms, legs, back) for a short time\n#Stop well before the skin turns pink: about half the time it takes you to burn\n#Then cover up or use sunscreen\n#Sunscreen with SPF 15 blocks over 90% of vitamin D production, so a short unprotected period is needed\n#Glass blocks UVB: sitting by a window does not help\n\n!!Skin types\n||Skin type|Burns after (midday, summer)|Suggested exposure\nI (very fair)|10 min|5 min\nII (fair)|20 min|10 min\nIII (medium)|30 min|15 min\nIV–VI (olive to dark)|45 min or more|20–40 min||\n\n{img src=\"img/wiki_up/uv-index-chart.png\" alt=\"UV index chart\" desc=\"UV index by month, 50°N\"}\n\nIf you are unsure, ask about ((SUNLIGHT|sun and skin)) on the forum or read ((sunlight)) first.\nFor most people in winter, supplements are the only option: see ((Winter Vitamin D Protocol)).\n','',1592827200,'',3,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',946,'en',NULL,0,1272801600,'n','',NULL,NULL),
(16,'Latitude and UVB',NULL,2800,'The amount of UVB that reaches the ground depends on the angle of the sun. Above about 35° latitude (north or south), the skin makes little or no vitamin D for part of the year.\n\n||__Latitude__|__Example city__|__Months with little UVB__\n25°|Miami, Taipei|none\n35°|Los Angeles, Tokyo|about 2 (Dec–Jan)\n42°|Boston, Rome|about 4 (Nov–Feb)\n52°|London, Berlin|about 6 (Oct–Mar)\n60°|Oslo, Helsinki|about 7||\n\nAltitude increases UVB (about 10% per 1,000 m), and clouds, pollution and ozone reduce it.\n\nYou can check the sun\'s elevation for your location at https://www.timeanddate.com/sun/ before going out.\nSee also ((Seasonal Variation)) and ((Sunlight|#How_much_sun)).\n\n!!Maps and tables\n{img attId=3 alt=\"World map of UVB by latitude\"}\nThe UV index chart from the file gallery: {img fileId=1}\nDownload the [tiki-download_file.php?fileId=3|latitude table (CSV)] (short link: [dl3|CSV]). Field notes: {file name=\"latitude-notes.odt\" desc=\"Field notes (ODT)\"}\n','',1452850200,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',967,'en',NULL,0,1272888000,'n','',NULL,NULL),
(18,'Seasonal Variation',NULL,1500,'Blood levels of vitamin D follow the seasons. In temperate countries they are highest in late summer (August–September) and lowest in late winter (February–March).\nThe difference is often 10–15 ng/mL for people who spend time outside in summer, and much smaller for people who do not.\n\n!!Consequences\n*Tests taken in September overestimate the yearly average\n*Winter infections rise as levels fall (see ((COVID-19 and Vitamin D)))\n*Supplement doses that work in winter may be more than needed in summer\n**but they are still well below the upper limit for most people\n\n!!Practical approach\nMany readers take their winter dose from October to April and half of it in summer. See ((Winter Vitamin D Protocol)).\n','',1543651200,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',714,'en',NULL,0,1289473860,'n','',NULL,NULL),
(19,'Vitamin D & Sleep',NULL,2600,'Vitamin D receptors are found in the brain areas that regulate sleep, and several studies link low vitamin D with poor sleep and sleep apnoea.\n\n!!Morning or evening?\nSome readers find that taking vitamin D in the evening keeps them awake. Vitamin D may lower melatonin, so the usual advice is to take it with breakfast or lunch, with a meal containing fat.\n\n!!What the trials show\nA 2018 meta-analysis found that supplements improved sleep quality scores in people with sleep disorders. The effect was modest.\nLow ((Magnesium|magnesium)) also disturbs sleep, so it is worth checking both.\n\nNote: a second page, ((Vitamin D and Sleep)), was started separately by another editor; the two should be merged.\n','',1546900800,'',2,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',704,'en',NULL,0,1294440000,'n','',NULL,NULL),
(20,'Café au lait and Vitamin D',NULL,640,'Does coffee block vitamin D? This page collects what we know about café au lait, espresso and vitamin D.\n\n!!The claim\nA 2007 cell study found that caffeine reduced the number of vitamin D receptors in bone cells. This was repeated online as \"coffee blocks vitamin D\".\n\n!!What we know\n*The study used bone cells in a dish, not people\n*Large population studies find only a small link between coffee intake and lower vitamin D levels\n*Milk in a café au lait adds a little vitamin D if it is fortified\nVerdict: coffee is not a reason to avoid vitamin D, nor a reason to give up coffee. Take your supplement with a meal.\n\nSee also ((Vitamin D Myths)).\n','Does coffee block vitamin D?',1393754400,'',1,0,'jöhn','192.0.2.14',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jöhn',649,'en',NULL,0,1393668000,'n','',NULL,NULL),
(21,'The \"Sunshine\" Vitamin\'s History',NULL,910,'Why is vitamin D called the \"sunshine vitamin\"? The history goes back to rickets in the industrial cities of the 1800s.\n\n!!Timeline\n;1822:Jędrzej Śniadecki notices that rickets is rare in the countryside and suggests sunlight cures it\n;1919:Kurt Huldschinsky cures rickets with ultraviolet lamps\n;1922:Elmer McCollum names \"vitamin D\", the fourth vitamin to be discovered\n;1925:Harry Steenbock shows that UV light creates vitamin D in food\n;1930s:fortified milk nearly eliminates rickets in the US\n;1971:the active hormone, calcitriol, is identified\n\nStrictly speaking vitamin D is not a vitamin at all: the body makes it, and it acts as a hormone. The name stuck anyway.\n\n!!Further reading\n*[https://en.wikipedia.org/wiki/Vitamin_D#History|History section on Wikipedia]\n*((Vitamin D)), ((Sunlight))\n','',1426410000,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',802,'en',NULL,0,1300179600,'n','',NULL,NULL),
(22,'Naive T cells and Vitamin D',NULL,700,'Naive T cells are T cells that have not yet met their antigen. When they are activated they start to express the ((Vitamin D Receptor|vitamin D receptor)), and vitamin D then shapes how they respond.\n\n!!Findings\n#Vitamin D pushes T cells away from the Th1 and Th17 types that drive autoimmune disease\n#It favours regulatory T cells (Tregs), which calm the immune response\n#Without the receptor, naive T cells cannot be fully activated (a 2010 study in \'\'Nature Immunology\'\')\n\nThese effects are one reason vitamin D is studied in ((Multiple Sclerosis and Vitamin D|multiple sclerosis)) and ((COVID-19 and Vitamin D|COVID-19)).\n\n\'\'Editors\' note:\'\' a copy of this page, ((Naïve T cells and Vitamin D)), was created with the accented spelling. Please edit this one.\n','',1526824800,'',2,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',763,'en',NULL,0,1305900000,'n','',NULL,NULL),
(23,'Cholecalciferol',NULL,1200,'{redirect page=\"Vitamin D\"}',NULL,1306922400,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',27,'en',NULL,0,1306922400,'n','',NULL,NULL),
(24,'Wiki Help',NULL,4400,'{maketoc}\nThis page explains how to edit the wiki. Try things out in the ((Sandbox)) first; nobody minds what you write there.\n\n!!Getting started\nClick __Edit__ at the top of any page. Type normally; a single line break is kept as a line break, and a blank line starts a new paragraph.\nWhen you are done, write a short summary of your change and click __Save__.\n\n!!Text formatting\n||__You type__|__You get__\n~np~__bold__~/np~|__bold__\n~np~\'\'italic\'\'~/np~|\'\'italic\'\'\n~np~===underlined===~/np~|===underlined===\n~np~--struck out--~/np~|--struck out--\n~np~-+monospace+-~/np~|-+monospace+-||\n\nTo show wiki syntax without it being applied, wrap it in ~np~~np~ ... ~/np~~/np~. For example ~np~((Not A Page))~/np~ is not a link, and ~np~__not bold__~/np~ is not bold.\n\n!!Links\n*Link to a page: ~np~((Vitamin D))~/np~ gives ((Vitamin D))\n*With your own text: ~np~((Vitamin D|the vitamin))~/np~ gives ((Vitamin D|the vitamin))\n*To a heading: ~np~((Vitamin D|#Safety|safety notes))~/np~ gives ((Vitamin D|#Safety|safety notes))\n*Outside the wiki: ~np~[https://example.org|Example]~/np~ gives [https://example.org|Example]\n*To write a square bracket, double it: [[this is not a link]\n\n!!Preformatted text\nUse ~np~~pp~~/np~ for text that must keep its spacing exactly:\n~pp~\n  Dose        Level\n  1,000 IU    +5 to +10 ng/mL\n  __not bold__ and ((not a link))\n~/pp~\n\n!!Code\n{CODE(colors=\"python\" caption=\"Converting units\")}\ndef ng_to_nmol(value):\n    # 1 ng/mL = 2.5 nmol/L\n    return value * 2.5\n\nprint(ng_to_nmol(30))  # 75.0\n{CODE}\n\n!!Things that look like markup\nSome text is plain in the wiki but means something in other formats. These lines should stay exactly as typed:\n1. This line starts with a number and a dot, but it is not a list here.\n> This looks like a quoted e-mail.\n # of participants: 3337 (this line starts with a space, so it is not a numbered list)\nMultiply 5 * 3 * 2 and you get 30.\nWindows paths use backslashes: C:\\Users\\Public\\vitamin-d.xlsx\nPowers: x^2 grows faster than x.\nIn C++, std::vector is a container.\nHugo users: the text {{< not a shortcode >}} must appear literally.\n\n!!Getting help\nAsk on ((Contact)) or look at ((Editing Tips)).\n','',1580674800,'',8,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',2156,'en',NULL,0,1209720600,'n','',NULL,NULL),
(25,'Sandbox',NULL,2300,'This is the Sandbox. Anyone can edit it, so expect odd things here.\n-=Test title bar=-\n\n!Heading level 1\n!!Heading level 2\n!!!Heading level 3\n!!!!Heading level 4\n!!!!!Heading level 5\n!!!!!!Heading level 6\n!!!!!!!Seven exclamation marks is not a heading\n\n!!Inline styles\n__bold__, \'\'italic\'\', ===underline===, --strike--, -+monospace+- and __\'\'bold italic\'\'__.\nMarkup in the middle of words: super__cali__fragilistic, un\'\'believ\'\'able, half-+way+- (not monospace: no space before).\nAn unclosed __bold marker runs to nowhere.\nSpaces inside: a __ spaced bold __ word.\n~~red:Coloured text~~, ~~#ff0000,yellow:red on yellow~~ and ~~ ,lightblue:background only~~.\nSpecial characters: a~hs~b ~amp~ ~lt~tag~gt~ ~c~ 2024, back~bs~slash, ~ldq~double~rdq~ and ~lsq~single~rsq~ quotes, dash~--~dash, brace ~123~ and pipe ~124~.\nSpaced double dash -- becomes an em dash.\nLine one%%%line two on the same source line.\n::Centered text::\n    This line starts with four spaces.\n\n!!Lists\n*One\n**One point one\n***One point one point one\n*Two\n+continuation of two\n#First\n#Second\n##Second, sub a\n##Second, sub b\n++continuation of sub b\n#Third\n*bullet after numbered\n\n*new list after a blank line\n**~tc~hidden comment~/tc~visible item\n\n!!Rules\n---\nText after a rule.\n--- text after dashes on the same line\n------\n\n!!Comments\nVisible ~tc~ a Tiki comment that readers never see ~/tc~ text.\n~tc~ TODO: link ((Draft Page About Mushrooms)) once it exists ~/tc~\n~hc~ an HTML comment, visible in the page source ~/hc~\nEnd of sandbox.\n','',1673262660,'testing',3,0,'jöhn','192.0.2.14',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',1504,'en',NULL,0,1209721200,'n','',NULL,NULL),
(26,'Editing Tips',NULL,800,'A few tips for writing good pages. See ((Wiki Help)) for the syntax itself.\n\n{REMARKSBOX(type=\"warning\" title=\"Careful\")}Do not paste text from journals you do not have the right to copy. Summarise it __in your own words__ and link to the source.{REMARKSBOX}\n\n!!Structure\n*Start with a one-paragraph summary\n*Use headings (~np~!!~/np~ for sections); pages with several headings get a table of contents with ~np~{maketoc}~/np~\n*Link generously to other pages, for example ((Vitamin D|#Who_is_most_at_risk|who is most at risk))\n\n{BOX(title=\"Tip\")}Preview before saving. The preview shows broken links in a different colour, so you can fix them before anyone else sees them.{BOX}\n\n{DIV(class=\"note\")}\n!!!Citing studies\nGive the journal, year and a link to the abstract:\n\'\'Adv Nutr. 2021\'\' [https://doi.org/10.1093/advances/nmab126|doi: 10.1093/advances/nmab126]\nThen a short plain-language summary.\n{DIV}\n\n!!Images\nUpload images as attachments, then show them with ~np~{img attId=N}~/np~. Always add \'\'alt\'\' text.\n','',1568019600,'',2,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',1011,'en',NULL,0,1252486800,'n','',NULL,NULL),
(27,'Newsletter Archive 2009',NULL,300,'!!Newsletter â€“ autumn 2009\nThis newsletter was imported from the old site in 2009. Some accents may look odd.\n\nDear readers, this seasonâ€™s cafÃ© meeting was a success â€“ thank you to everyone who came!\nOur speaker, Dr MÃ¼ller, explained why a naÃ¯ve reading of the â€œrecommendedâ€ intake is misleading: the RDA of 200 IU was set to prevent rickets, not to reach an optimal level.\n\nTopics for the winter:\n*Vitamin D and the flu season\n*CrÃ¨me fraÃ®che, sardines and other winter foods\n*Why 1,000 IU is â€œa good startâ€ â€“ but only a start\n\nEntry fee â‚¬5 Â· members free Â· see you in ZÃ¼rich!\n','Autumn 2009 â€“ imported',1254384000,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',659,'en',NULL,0,1254384000,'n','',NULL,NULL),
(412,'Newsletter March 2015',NULL,450,'<h2>Newsletter – March 2015</h2>\n<p>Welcome to the spring newsletter. This issue was written in the visual editor.</p>\n<p>Our <strong>winter survey</strong> asked readers what dose they took and what level they reached:</p>\n<table border=\"1\" cellpadding=\"4\">\n<tbody>\n<tr><th>Daily dose</th><th>Readers</th><th>Average level</th></tr>\n<tr><td>1,000 IU</td><td>112</td><td>28 ng/mL</td></tr>\n<tr><td>2,000 IU</td><td>204</td><td>36 ng/mL</td></tr>\n<tr><td>5,000 IU</td><td>97</td><td>52 ng/mL</td></tr>\n</tbody>\n</table>\n<p>Read more about <a href=\"tiki-index.php?page=Vitamin+D+Dosage+Chart\">the dosage chart</a>, or the <a href=\"https://ods.od.nih.gov/factsheets/VitaminD-Consumer/\" target=\"_blank\">NIH consumer fact sheet</a>.</p>\n<p><em>Next issue: June 2015.</em><br />\nThe editors</p>\n','',1425286800,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',791,'en',NULL,1,1425200400,'y','',NULL,NULL),
(29,'Vitamin D Basics',NULL,3300,'!Vitamin D Basics\nA short course in four lessons for people who are new to vitamin D. Each lesson takes about five minutes to read.\n\n{toc}\n\n#((Lesson 1: What Vitamin D Does))\n#((Lesson 2: Getting Enough))\n#((Lesson 3: Testing and Levels))\n#((Lesson 4: Special Groups))\n\nWhen you have finished, the ((Frequently Asked Questions)) page answers the questions readers ask most often.\n','',1326189600,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',380,'en',NULL,0,1326189600,'n','',NULL,NULL),
(30,'Lesson 1: What Vitamin D Does',NULL,2100,'!!What vitamin D does\nVitamin D\'s best-known job is helping the gut absorb calcium and phosphate, which bones need.\nIt does much more than that: the active form switches hundreds of genes on and off in immune cells, muscle, the brain and the blood vessels.\n\n!!!Key points\n*Vitamin D is made in the skin from sunlight, or taken in food and supplements\n*The liver stores it as 25(OH)D; that is what a blood test measures\n*Cells convert it to the active hormone where it is needed\n**This local conversion is why blood calcium can be normal while tissues are short\n\nNext: ((Lesson 2: Getting Enough)). Back to ((Vitamin D Basics|the course overview)).\n','',1357812300,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',648,'en',NULL,0,1326189900,'n','',NULL,NULL),
(31,'Lesson 2: Getting Enough',NULL,1900,'!!Getting enough\nThere are three ways to get vitamin D: the sun, food and supplements.\n\n#__Sun__: short midday exposure in summer (see ((Sun Exposure Guidelines)))\n#__Food__: oily fish, eggs, fortified foods; rarely more than 400 IU a day\n#__Supplements__: the only reliable source in winter for most people\n+Vitamin D3 is preferred over D2.\n+Take it with a meal that contains some fat.\n\n!!!How much?\nFor most adults, 1,000–4,000 IU per day keeps levels in the 30–50 ng/mL range. The ((Vitamin D Dosage Chart)) gives more detail.\n\nPrevious: ((Lesson 1: What Vitamin D Does)). Next: ((Lesson 3: Testing and Levels)).\n','',1357812600,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',620,'en',NULL,0,1326190200,'n','',NULL,NULL),
(32,'Lesson 3: Testing and Levels',NULL,1700,'!!Testing and levels\nA blood test for 25(OH)D tells you where you are. Test before you start, then about three months after any change in dose.\n\n||__Level (ng/mL)__|__Meaning__\nbelow 20|deficient\n20–30|insufficient\n30–60|the range most researchers aim for\nabove 100|too high||\n\nDetails: ((Vitamin D Blood Test)), including home test kits.\n\nPrevious: ((Lesson 2: Getting Enough)). Next: ((Lesson 4: Special Groups)).\n','',1357812900,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',420,'en',NULL,0,1326190500,'n','',NULL,NULL),
(33,'Lesson 4: Special Groups',NULL,1600,'!!Special groups\nSome people need more vitamin D, or need to be more careful with it.\n\n;Pregnant women:often need 4,000 IU or more; see ((Pregnancy and Vitamin D))\n;Breastfed infants:need 400 IU a day unless the mother takes a high dose; see ((Infant Vitamin D Supplementation))\n;People with dark skin:make much less from the sun; see ((Dark Skin and Vitamin D))\n;Seniors:make less in the skin and absorb less; see ((Seniors and Vitamin D))\n;People with kidney disease or sarcoidosis:must be supervised by a doctor\n\nThat is the end of the course. Back to ((Vitamin D Basics)), or continue with ((Vitamin D)).\n','',1357813200,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',609,'en',NULL,0,1326190800,'n','',NULL,NULL),
(35,'Pregnancy and Vitamin D',NULL,8800,'{maketoc}\nVitamin D needs rise in pregnancy, and the mother\'s level sets the baby\'s level at birth. This page summarises the research; it is not medical advice.\n\n!!Why it matters\nLow vitamin D in pregnancy has been linked in observational studies to pre-eclampsia, gestational diabetes, preterm birth and low birth weight.{FOOTNOTE()}Most of these links come from observational studies; trials are fewer and smaller.{FOOTNOTE}\nRandomised trials are more mixed, but several found fewer complications with 4,000 IU per day than with 400 IU.\n\n!!How much\n#Test early in pregnancy if possible (see ((Vitamin D Blood Test)))\n#Many trials used 4,000 IU per day from the second trimester\n#Continue while breastfeeding: see below\nThe ((Vitamin D Dosage Chart)) applies, but aim for the upper half of the range.\n\n!!Breastfeeding\nBreast milk normally contains little vitamin D, which is why infants are usually given drops.\nA mother taking about 6,400 IU per day can make milk with enough vitamin D for the baby. See the ((Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021|2021 meta-analysis of 19 trials)) and ((Vitamin D in Breast Milk)).\n\n!!For the baby\nSee ((Infant Vitamin D Supplementation)) and ((Lesson 4: Special Groups)).\n\n{FOOTNOTEAREA()}\n','',1636106400,'',6,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',1299,'en',NULL,0,1330768800,'n','',NULL,NULL),
(36,'Infant Vitamin D Supplementation',NULL,4100,'Breastfed babies are usually given 400 IU of vitamin D per day from the first days of life, because breast milk contains little unless the mother takes a high dose.\n\n!!Options\n#Drops of 400 IU per day for the baby (the standard advice)\n#The mother takes about 6,000 IU per day, so her milk contains enough (see ((Pregnancy and Vitamin D|#Breastfeeding|breastfeeding)))\n#Formula-fed babies drinking more than about 1 litre a day already get enough from fortified formula\n\n!!Older children\n||__Age__|__Typical daily dose__\n0–12 months|400 IU\n1–10 years|600–1,000 IU\nteenagers|1,000–2,000 IU||\n\nSee also ((Autism and Vitamin D)) and ((Vitamin D in Breast Milk)).\n','',1583316000,'',2,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',668,'en',NULL,0,1330855200,'n','',NULL,NULL),
(37,'Autism and Vitamin D',NULL,3700,'Several studies have found lower vitamin D levels in children with autism, and in their mothers during pregnancy.\n\n!!Research\n*Population studies: babies born in winter, or to mothers with low vitamin D, have a slightly higher rate of autism\n*Small trials of vitamin D in autistic children reported improvements in some symptom scores\n*Results of ((Autism Clinical Trial 2019|#Results|the 2019 trial)) were mixed\nLarger, well-designed trials are still needed.\n\n!!Related pages\n((Pregnancy and Vitamin D)), ((Infant Vitamin D Supplementation)).\n','',1559815200,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',544,'en',NULL,0,1338976800,'n','',NULL,NULL),
(38,'COVID-19 and Vitamin D',NULL,25400,'{maketoc}\nThis page was started in March 2020 and has been updated as studies appeared. It is long; use the table of contents.\n\n!!Why vitamin D was studied\nVitamin D helps the innate immune system make antimicrobial peptides (cathelicidin and defensins), and it calms the cytokine response that causes the worst damage in severe COVID-19.\nMany of the groups at highest risk (older people, people with dark skin, people with obesity or diabetes) are also the groups most often low in vitamin D.\n\n!!Observational studies\nDozens of studies found that people with low 25(OH)D were more likely to test positive, to be admitted to hospital and to die.\nThese studies cannot separate cause from effect: being ill lowers vitamin D levels, and the same risk factors drive both.\n\n!!Trials\n||__Trial__|__Dose__|__Result__\nCórdoba (Spain), 2020|calcifediol at admission|fewer ICU admissions\nBrazil, 2021|single 200,000 IU dose at admission|no benefit\nCORONAVIT (UK), 2022|800 or 3,200 IU per day|no fewer infections||\n\nThe difference between these trials is one lesson of the pandemic: calcifediol (25(OH)D itself) works within hours, while a large dose of D3 given to someone already in hospital takes days to have an effect.\nHospital protocols are collected on ((Hospital Vitamin D Protocols)).\n\n!!Long COVID\nLow vitamin D levels after infection have been linked to fatigue and ongoing symptoms. No large trial has tested supplements for long COVID yet.\n\n!!Timeline of the research\n;March 2020:first letters to journals point out that countries with low average vitamin D levels seem to have more deaths\n;May 2020:several observational studies from hospitals find lower levels in patients who died\n;August 2020:the Córdoba pilot trial of calcifediol reports far fewer intensive care admissions\n;February 2021:the Brazilian trial of a single large dose reports no benefit\n;2021:meta-analyses of the small trials disagree, mostly depending on which trials they include\n;2022:CORONAVIT reports no reduction in infections with routine test-and-treat\n\n!!Why the trials disagree\nThree things differed between the trials that found a benefit and those that did not.\nFirst, the form: calcifediol raises the blood level within hours, while vitamin D3 must first be processed by the liver, which takes days; a patient admitted with severe COVID-19 may not have those days.\nSecond, the starting level: trials that recruited mostly people who were already sufficient had little room to show an effect.\nThird, the outcome: preventing infection, preventing severe disease and treating severe disease are different questions, and a trial designed for one says little about the others.\n\nReaders often ask why the official advice did not change. Public health bodies recommend a treatment when trials show a benefit, not when the biology is plausible, and for most of the pandemic the trial evidence was small and mixed. At the same time, correcting deficiency was already recommended for other reasons, so the practical advice (take the usual dose, especially in winter) did not depend on the COVID-19 results.\n\n!!What readers asked\n;Should I take vitamin D to prevent COVID-19?:there is no proof that it prevents infection, but correcting deficiency is sensible anyway\n;How much?:the usual doses on the ((Vitamin D Dosage Chart)) apply\n;Is a big single dose better?:no; daily or weekly doses work better than occasional very large ones\n\n!!See also\n*((Naive T cells and Vitamin D)) (how vitamin D affects T cells)\n*((Seasonal Variation))\n*((Recent Research Overview))\n*[https://example.org/covid-vitd-tracker|A tracker of all vitamin D and COVID-19 studies|box]\n','',1651428000,'',11,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',3637,'en',NULL,0,1584295200,'n','',NULL,NULL),
(39,'Multiple Sclerosis and Vitamin D',NULL,2000,'Multiple sclerosis (MS) is more common far from the equator, and people with low vitamin D before the age of 20 have a higher risk of developing it.\n\n!!How vitamin D may help\nVitamin D steers T cells away from the inflammatory types that attack myelin (see ((naive t cells and vitamin d))).\n\n!!Trials\nTrials of vitamin D added to standard MS treatment have shown fewer new lesions on MRI in some studies and no benefit in others. Doses up to 10,000 IU per day were well tolerated.\n\nSee also ((Latitude and UVB)) and ((Vitamin D Receptor)).\n','',1530957600,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',540,'en',NULL,0,1341655200,'n','',NULL,NULL),
(40,'Cancer and Vitamin D',NULL,2500,'Vitamin D and cancer has been studied for decades. Cancer rates are higher at high latitudes, and vitamin D slows the growth of cancer cells in the laboratory.\n\n!!Trial results\n*VITAL (2,000 IU per day): no fewer cancers overall, but about 17% fewer cancer deaths once the first two years were excluded\n*Meta-analyses of trials: fewer cancer deaths, not fewer new cancers\n*Colorectal cancer has the most consistent evidence\n\nSee ((Omega-3, Fish Oil, and Vitamin D)) for more about VITAL.\n','',1565258400,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',488,'en',NULL,0,1344420000,'n','',NULL,NULL),
(41,'Heart Health and Vitamin D',NULL,1800,'Low vitamin D is linked with high blood pressure, heart failure and heart attacks in observational studies. Trials of supplements in the general population have not shown fewer heart attacks or strokes.\n\n!!Points to watch\n*Very high doses with lots of calcium may raise the risk of calcified arteries; ((Vitamin K|vitamin K2)) may protect against this\n*Magnesium deficiency affects the heart rhythm (see ((Magnesium)))\n\nRelated: ((Omega-3, Fish Oil, and Vitamin D)).\n','',1568887200,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',467,'en',NULL,0,1347184800,'n','',NULL,NULL),
(42,'Diabetes and Vitamin D',NULL,2200,'Vitamin D helps the pancreas release insulin and makes muscle more sensitive to it.\n\n!!The D2d trial\nThe D2d trial gave 4,000 IU per day to over 2,400 adults with prediabetes. Overall there was a non-significant 12% reduction in diabetes. Participants who reached 50 ng/mL or more had a much lower risk.\n\n!!Type 1 diabetes\nFinnish children given 2,000 IU per day in the 1960s had much less type 1 diabetes later; the recommended dose was later lowered, and type 1 rates rose.\n\nSee also ((Obesity and Vitamin D)).\n','',1570701600,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',513,'en',NULL,0,1349863200,'n','',NULL,NULL),
(44,'Depression and Vitamin D',NULL,2100,'Vitamin D receptors are found in brain areas involved in mood. Low vitamin D is common in people with depression, and winter depression (seasonal affective disorder) follows the same seasonal pattern as vitamin D levels.\n\n!!Trials\nMeta-analyses find a small to moderate benefit of vitamin D in people who are depressed __and__ deficient, and little effect in people who are not.\n\n!!Also relevant\n*((Omega-3, Fish Oil, and Vitamin D|Omega-3)) has stronger evidence for depression\n*Sleep problems: see ((Vitamin D & Sleep))\n','',1516442400,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',522,'en',NULL,0,1358676000,'n','',NULL,NULL),
(45,'Obesity and Vitamin D',NULL,1400,'People with obesity tend to have lower vitamin D levels, because vitamin D is stored in fat tissue and diluted in a larger body.\n\n!!Why the dose is higher\nA person with a BMI over 30 typically needs about 1.5 to 2 times the dose of a lean person to reach the same blood level, and 2 to 3 times after gastric bypass surgery.\nThe ((Vitamin D Dosage Chart)) shows the adjustment.\n\n!!Weight loss\nLosing weight releases stored vitamin D; blood levels often rise by a few ng/mL after a 10% weight loss.\n\nRelated: ((Diabetes and Vitamin D)).\n','',1550656800,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',535,'en',NULL,0,1361354400,'n','',NULL,NULL),
(46,'Seniors and Vitamin D',NULL,1300,'Older people make much less vitamin D in their skin, spend less time outdoors, and are more likely to take medicines that affect vitamin D.\n\n!!Falls and fractures\nTrials in care homes found fewer falls with 800–1,000 IU per day together with calcium. Very large single doses (500,000 IU once a year) __increased__ falls in one trial, so daily or weekly dosing is preferred.\n\n!!Muscle strength\nVitamin D deficiency causes muscle weakness, especially in the hips and thighs. Correcting it improves strength in people who are deficient.\n\nSee also ((Vitamin K2 and Bone Health)), ((Lesson 4: Special Groups)).\n','',1521540000,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',608,'en',NULL,0,1363773600,'n','',NULL,NULL),
(47,'Athletes and Vitamin D',NULL,900,'Athletes who train indoors, or in winter, are often low in vitamin D.\n\n!!Performance\nStudies in indoor athletes found that correcting deficiency improved sprint and jump performance, and reduced stress fractures in military recruits.\nThere is no evidence that taking more than needed improves performance.\n\n!!Practical\n*Test in autumn (see ((Vitamin D Blood Test)))\n*Team doctors commonly use 2,000–5,000 IU per day in winter\n','',1492682400,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',428,'en',NULL,0,1366452000,'n','',NULL,NULL),
(48,'Dark Skin and Vitamin D',NULL,1100,'Melanin is a natural sunscreen. People with dark skin need three to six times more sun exposure than people with fair skin to make the same amount of vitamin D.\n\n!!Consequences\nIn countries far from the equator, people with dark skin have on average much lower vitamin D levels, and higher rates of several conditions linked to deficiency.\nSupplement doses are the same as for everyone else; what differs is how little comes from the sun.\n\n!!Testing\nSome guidelines suggest that people with dark skin living at high latitudes should take a supplement all year. See ((Sun Exposure Guidelines)) and ((Latitude and UVB)).\n','',1558346400,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',619,'en',NULL,0,1369044000,'n','',NULL,NULL),
(49,'Vitamin D Receptor',NULL,1000,'The vitamin D receptor (VDR) is a protein inside cells that binds the active form of vitamin D and then switches genes on or off. It is found in almost every tissue.\n\n!!Genetic variants\nCommon variants of the VDR gene (such as \'\'FokI\'\', \'\'BsmI\'\' and \'\'TaqI\'\') change how well the receptor works. People with less active variants may need higher blood levels for the same effect.\n\n!!Blocking the receptor\nSome infections and toxins reduce VDR activity. This is one explanation offered for why some people need more vitamin D than others.\n\nSee ((Naive T cells and Vitamin D)) for an example of the VDR in immune cells.\n','',1529488800,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',617,'en',NULL,0,1371722400,'n','',NULL,NULL),
(50,'Vitamin D Cofactors',NULL,3100,'Vitamin D does not work alone. These nutrients are needed for it to be activated or to do its job:\n\n||__Cofactor__|__Role__|__Page__\nMagnesium|activates vitamin D in the liver and kidneys|((Magnesium))\nVitamin K2|directs calcium into bone|((Vitamin K))\nZinc|part of the vitamin D receptor\'s structure|((Zinc))\nBoron|slows the breakdown of vitamin D|((Boron))\nVitamin A|works with the receptor; too much blocks vitamin D|((Vitamin A))||\n\n!!Order of priority\n#Magnesium: most often low, and needed first\n#Vitamin K2, if taking more than 4,000 IU of vitamin D per day\n##see ((Vitamin D/K2 Ratio))\n#Zinc and boron: usually enough from a varied diet\n*Omega-3 is not a cofactor, but is often taken together (see ((Omega-3, Fish Oil, and Vitamin D)))\n\nRelated: ((vitamin d and  magnesium)), ((CALCIUM + MAGNESIUM|calcium and magnesium)).\n','',1595239200,'',3,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',831,'en',NULL,0,1374314400,'n','',NULL,NULL),
(51,'Zinc',NULL,600,'Zinc is part of the \"zinc finger\" structure that lets the vitamin D receptor bind to DNA. Zinc deficiency is common in older people and in people who eat little meat.\n\nTypical supplement doses are 15–30 mg per day; long-term doses above 40 mg per day can cause copper deficiency.\n\nSee ((Vitamin D Cofactors)).\n','',1376992800,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',312,'en',NULL,0,1376992800,'n','',NULL,NULL),
(52,'Boron',NULL,500,'Boron is a trace mineral found in fruit, vegetables and nuts. Small studies found that 6–10 mg per day raised vitamin D levels and slowed its breakdown.\n\nThe evidence is limited; eating plenty of fruit and vegetables is the simple way to get enough. See ((Vitamin D Cofactors)).\n','',1377079200,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',281,'en',NULL,0,1377079200,'n','',NULL,NULL),
(53,'Vitamin A',NULL,700,'Vitamin A and vitamin D share a partner: the vitamin D receptor works together with the retinoid X receptor. A little vitamin A helps vitamin D work; a lot of it (as retinol) blocks vitamin D\'s effects.\n\n!!Sources\n*Retinol: liver, cod liver oil, eggs, dairy\n*Beta-carotene (converted as needed, no risk of excess): carrots, sweet potatoes, leafy greens\n\nAvoid high-dose retinol supplements, especially in pregnancy. See ((Omega-3, Fish Oil, and Vitamin D|#Cod_liver_oil|cod liver oil)).\n','',1471860000,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',487,'en',NULL,0,1377165600,'n','',NULL,NULL),
(54,'Vitamin D Toxicity',NULL,5200,'~~red:Warning:~~ this page is about excess vitamin D. Toxicity is rare, but it does happen, usually because of a manufacturing error or a misunderstanding of the dose.\n\n{REMARKSBOX(type=\"warning\" title=\"Careful\")}If you have kidney disease, sarcoidosis, tuberculosis or a parathyroid disorder, \'\'do not\'\' take high-dose vitamin D without medical supervision.{REMARKSBOX}\n\n!!What happens\nToo much vitamin D raises blood calcium (hypercalcaemia). Symptoms:\n*Nausea, vomiting, loss of appetite\n*Thirst and frequent urination\n*Confusion, tiredness\n*Kidney stones\nToxicity is usually seen only at blood levels above ~~#ff0000,yellow:150 ng/mL~~, typically after months of 40,000 IU per day or more.\n\n!!Upper limits\n||__Body__|__Upper limit (adults)__\nUS Institute of Medicine|4,000 IU per day\nEuropean Food Safety Authority|4,000 IU per day\nEndocrine Society (for treatment)|10,000 IU per day||\n\nThe upper limits are the highest intake that is \'\'certainly\'\' safe for almost everyone, not the point where harm starts.\n\n!!Avoiding problems\n#Take vitamin K2 and magnesium with high doses (see ((Vitamin D Cofactors)))\n#Do not take large amounts of calcium at the same time\n#Test every few months when taking more than 10,000 IU per day (((Vitamin D Blood Test)))\n\nSee also ((Vitamin D|#How_much_is_enough|how much is enough)).\n','',1630490400,'',4,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',1319,'en',NULL,0,1378029600,'n','',NULL,NULL),
(55,'Vitamin D Myths',NULL,2900,'Ten common myths about vitamin D, and what the evidence says.\r\nHeadings are numbered automatically.\r\n\r\n!#Myths about the sun\r\n!!#You get enough vitamin D from the sun\r\nNot above about 35° latitude in winter, and not if you cover up. See ((Latitude and UVB)).\r\n!!#Sitting by a sunny window works\r\nWindow glass blocks UVB almost completely.\r\n!!#Sunscreen causes deficiency\r\nIn theory SPF 15 blocks over 90% of production; in practice people apply too little, and studies find only a small effect.\r\n\r\n!#Myths about supplements\r\n!!#400 IU is plenty\r\n400 IU prevents rickets in infants. Most adults need 1,000–4,000 IU to reach 30 ng/mL.\r\n!!#Vitamin D from food is enough\r\nVery few foods contain much; see ((Vitamin D|#Sources_of_vitamin_D|sources of vitamin D)).\r\n!!#Coffee blocks vitamin D\r\nSee ((cafe au lait and vitamin d|coffee and vitamin D)).\r\n!!#Any dose over the RDA is toxic\r\nSee ((Vitamin D Toxicity)); toxicity is rare and needs very high doses for a long time.\r\n\r\n!#Myths about testing\r\n!-#A normal calcium level means your vitamin D is fine\r\nCalcium is kept normal at the expense of your bones until deficiency is severe.\r\n!+#Everyone needs the same dose\r\nResponse varies three-fold. Test, see ((Vitamin D Blood Test)).\r\n','',1577872800,'',2,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',1233,'en',NULL,0,1388570400,'n','',NULL,NULL),
(56,'50% of People Are Deficient?',NULL,1500,'The title of this page is a question from a reader. The answer depends on the cut-off used.\n\n!!It depends on the definition\n*Below 20 ng/mL: about 25–40% of adults in Europe and North America, depending on the season\n*Below 30 ng/mL: 50–75%\n*Below 12 ng/mL (severe): 5–15%\n\nSo \"50% of people are deficient\" is true if you use 30 ng/mL as the cut-off, which many researchers do and most official bodies do not.\n\nSee ((Vitamin D Deficiency)) and ((Seasonal Variation)).\n','',1391421600,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',474,'en',NULL,0,1391335200,'n','',NULL,NULL),
(57,'Recent Research Overview',NULL,6000,'A monthly overview of new research. The lists below are generated by the wiki and update themselves.\n\n!!Newest pages in the Research category\n{LIST()}\n  {filter type=\"wiki page\"}\n  {filter categories=\"8\"}\n  {sort mode=\"modification_date_desc\"}\n  {pagination max=\"10\"}\n{LIST}\n\n!!Trials submitted by readers\n{trackerlist trackerId=3 fields=\"1:2:5\" sort=\"y\"}\n\n!!All pages about vitamin D\n{listpages find=\"Vitamin D\" max=\"50\"}\n\n!!Highlights this month\n*A 2021 meta-analysis on breastfeeding: ((Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021))\n*COVID-19 trials are summarised on ((COVID-19 and Vitamin D|#Trials|the COVID-19 page))\n*Search PubMed yourself: [https://pubmed.ncbi.nlm.nih.gov/?term=vitamin+d|PubMed search for vitamin D|nocache]\n*Raw data for the meta-analysis is at https://example.org/data/vitd-meta-2021.csv\n*[https://example.org/reviews/2022]\n\nOlder summaries were kept in the newsletter (see ((Newsletter Archive 2009)) and ((Newsletter March 2015))). A reader pointed out that one abstract said \"vitamin D3 [sic] raises vitamin D2 levels\"; that is a typo in the original.\n','',1669888800,'',30,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',1150,'en',NULL,0,1393840800,'n','',NULL,NULL),
(58,'Video Library',NULL,1200,'Talks and lectures about vitamin D that readers found useful.\n\n!!Introductions\n{youtube movie=\"https://youtu.be/dQ7vit4mD0c\" width=\"560\" height=\"315\"}\nA 20-minute introduction for beginners. See also ((Vitamin D Basics)).\n\n!!For health professionals\n{youtube movie=\"https://www.youtube.com/watch?v=Xy3vitDpro1\"}\nA lecture on dosing in hospital patients (see ((Hospital Vitamin D Protocols))).\n\n!!Slides\n{img src=\"https://example.org/images/vitd-pathway.png\" alt=\"Vitamin D metabolic pathway\" width=\"400\"}\nThe pathway from 7-dehydrocholesterol in the skin to calcitriol in the kidney.\n','',1617530400,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',584,'en',NULL,0,1396605600,'n','',NULL,NULL),
(59,'Frequently Asked Questions',NULL,9100,'{maketoc}\nAnswers to the questions readers ask most often. Click a heading to open it.\n\n!+Who should take vitamin D?\nMost adults living far from the equator, in winter; everyone who is deficient; and the groups listed in ((Lesson 4: Special Groups)).\n\n!+How much should I take?\nSee the ((Vitamin D Dosage Chart)). For most adults, 1,000–4,000 IU per day.{FOOTNOTE()}The US upper limit for adults is 4,000 IU per day; see ((Vitamin D Toxicity)).{FOOTNOTE}\n\n!+D2 or D3?\nD3. See ((Vitamin D|#Forms:_D2_and_D3|D2 and D3)).\n\n!+Should I take it with food?\nYes, with a meal containing some fat. Absorption can be 30–50% higher.\n\n!-Technical details\n!!How is 25(OH)D measured?\nMost labs use immunoassays; the reference method is liquid chromatography with mass spectrometry (LC-MS/MS). Results from different methods can differ by 10–20%.\n!!Why do results differ between labs?\nSee above, and compare results only from the same lab.\n\n{include page=\"Disclaimer\"}\n\n{FOOTNOTEAREA()}\n','',1620208800,'',5,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',977,'en',NULL,0,1399284000,'n','',NULL,NULL),
(60,'Disclaimer',NULL,700,'{BOX(title=\"Disclaimer\")}The information on this wiki is for education only and is not medical advice. Talk to your doctor before changing your diet, supplements or medicines, especially if you are pregnant, have a medical condition or take prescription drugs.{BOX}\n','',1430558400,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',266,'en',NULL,0,1209720000,'n','',NULL,NULL),
(61,'Glossary',NULL,1600,'Terms used on this wiki, in alphabetical order.\n\n;25(OH)D:25-hydroxyvitamin D, the storage form of vitamin D measured in blood tests\n;Calcidiol:another name for 25(OH)D\n;Calcifediol:25(OH)D taken as a medicine; it acts faster than D3\n;Calcitriol:1,25-dihydroxyvitamin D, the active hormone\n;Cholecalciferol:vitamin D3; see ((Cholecalciferol))\n;Ergocalciferol:vitamin D2, made by plants and fungi\n;IU:International Unit; 40 IU = 1 µg of vitamin D\n;ng/mL:nanograms per millilitre; multiply by 2.5 for nmol/L\n;UVB:ultraviolet B light, 290–315 nm; see ((Latitude and UVB))\n;VDR:the ((Vitamin D Receptor))\n\n{ANAME()}units{ANAME}\n!!Units\nBlood levels: ng/mL (US) or nmol/L (most other countries). Doses: IU or µg. The ((Vitamin D Dosage Chart|#Converting_units|conversion table)) has the details.\n','',1559815200,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',795,'en',NULL,0,1402048800,'n','',NULL,NULL),
(62,'About This Wiki',NULL,900,'!!About this wiki\nThe Vitamin Wiki was started in 2008 by a small group of readers of a vitamin D mailing list. It now has several hundred pages and about thirty regular editors.\n\n!!Editorial policy\n*We summarise published research and link to the source\n*We do not sell supplements and do not accept advertising\n*Anyone may edit; experienced editors review changes\nEditors are listed on ((Wiki Editors Guide)).\n\n!!History of the site\nThe site moved to a new server in 2015. Some older pages were imported from the previous site and still have formatting problems (for example ((Newsletter Archive 2009))).\n~hc~ migrated by the admin team, Jan 2015 ~/hc~\n\n!!Experimental features\nWe tried a plugin for rating pages for a while:\n{FOO(x=1)}This text was shown inside a rating box.{FOO}\nIt was removed in 2019.\n\n!!Licence\nText is available under the Creative Commons Attribution-ShareAlike licence. See ((Disclaimer)).\n','',1562493600,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',916,'en',NULL,0,1404727200,'n','',NULL,NULL),
(63,'Contact',NULL,1000,'You can reach the editors by e-mail at editors@example.org or by post:\n\nVitamin Wiki Editors%%%\nc/o Example Health Library%%%\n12 Sample Street%%%\nSpringfield\n\nWe try to answer within a week. Corrections to pages are welcome; please tell us which page and what is wrong.\nFor questions about your own health, ask your doctor; see the ((Disclaimer)).\n','',1404813600,'',1,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',348,'en',NULL,0,1404813600,'n','',NULL,NULL),
(64,'Vitamin D Calculator Notes',NULL,200,'Notes on the formulas behind the dosage calculator, for editors who maintain it.\n\n!!The estimate\nThe calculator uses a simple model: each 1,000 IU per day raises 25(OH)D by about 8 ng/mL at low levels, and less as the level rises.\n\n{CODE(colors=\"python\" caption=\"Example\")}\ndef estimate_dose(current, target, weight_kg):\n    \"\"\"Daily IU needed to move from current to target (ng/mL).\"\"\"\n    if target <= current:\n        return 0\n    factor = 1.5 if weight_kg > 90 else 1.0\n    return round((target - current) * 125 * factor, -2)\n\nprint(estimate_dose(20, 40, 70))  # 2500.0\n{CODE}\n\n!!JavaScript version\nThe website uses this copy. Keep the two in step.\n{CODE()}\nfunction estimateDose(current, target, weightKg) {\n  if (target <= current) return 0;\n  const factor = weightKg > 90 ? 1.5 : 1.0;\n  // 125 IU per ng/mL, rounded to 100 IU\n  return Math.round(((target - current) * 125 * factor) / 100) * 100;\n}\n{CODE}\n\n!!Known limits\n*Does not handle ((Obesity and Vitamin D|#Why_the_dose_is_higher|obesity)) above BMI 40\n*Assumes daily dosing, not weekly\nSee the ((Vitamin D Dosage Chart)) for the published table.\n','',1516010400,'',1,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',1110,'en',NULL,0,1421316000,'n','',NULL,NULL),
(65,'Vitamin D/K2 Ratio',NULL,1900,'How much vitamin K2 should go with a given dose of vitamin D? There is no official answer. This page lists what is commonly suggested.\n\n||__Vitamin D3 per day__|__K2 (MK-7) commonly suggested__\n1,000–2,000 IU|45–90 µg\n5,000 IU|90–180 µg\n10,000 IU|180–200 µg||\n\nThese ratios come from practice, not from trials. See ((Vitamin K)), ((Vitamin K2 and Bone Health)) and ((Vitamin D Cofactors)).\n','',1565258400,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',401,'en',NULL,0,1439028000,'n','',NULL,NULL),
(67,'Sunlight 2',NULL,150,'More questions about sunlight and vitamin D, continued from ((Sunlight)).\n\n!!Does swimming wash off vitamin D?\nNo. The idea that vitamin D made in the skin can be washed off with soap has been repeated for decades, but previtamin D is made inside the skin, not on its surface.\n\n!!Can I store summer vitamin D for the winter?\nPartly. Vitamin D is stored in fat and muscle, but levels fall by about half over two months without new input, so summer stores rarely last past December.\n','',1470045600,'',1,0,'jsmith','192.0.2.11',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jsmith',481,'en',NULL,0,1470045600,'n','',NULL,NULL),
(68,'VITAMIN K',NULL,40,'VITAMIN K NOTES (typed with caps lock on, sorry!)\n\nK2 MK-7 from natto has the longest half-life, about 3 days, so a single daily dose keeps levels steady.\nK2 MK-4 has a half-life of a few hours and is taken two or three times a day in the Japanese studies.\n\nMORE ON ((Vitamin K)).\n','',1472724000,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',281,'en',NULL,0,1472724000,'n','',NULL,NULL),
(70,'Vitamin D and Sleep',NULL,60,'Sleep and vitamin D: notes collected by the sleep study group.\n\n*Low vitamin D is more common in people with obstructive sleep apnoea\n*Taking vitamin D late in the evening may delay sleep for some people\n*Trials that improved sleep used 1,000–50,000 IU per week, for 8 weeks or longer\n\nThese notes should be merged into ((Vitamin D & Sleep)).\n','',1485943200,'',1,0,'jöhn','192.0.2.14',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jöhn',345,'en',NULL,0,1485943200,'n','',NULL,NULL),
(71,'Naïve T cells and Vitamin D',NULL,20,'Naïve T cells need vitamin D signalling to become fully active (copy of ((Naive T cells and Vitamin D)) with the accented spelling; please edit the other page).\n','',1488362400,'',1,0,'jöhn','192.0.2.14',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'jöhn',162,'en',NULL,0,1488362400,'n','',NULL,NULL),
(72,'Sunlight – May 2020',NULL,230,'Results of the May 2020 reader survey about sunlight habits. 412 readers answered.\n\n||__Question__|__Yes__|__No__\nDo you try to get midday sun in summer?|61%|39%\nDo you use sunscreen every day?|34%|66%\nDo you take vitamin D in summer too?|72%|28%||\n\nMain finding: most readers keep taking supplements in summer, and about a third use sunscreen daily, which blocks most vitamin D production.\nBack to ((Sunlight)).\n','',1591092000,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',413,'en',NULL,0,1590919200,'n','',NULL,NULL),
(74,'Витамин D',NULL,310,'Витамин D — жирорастворимый витамин, который образуется в коже под действием ультрафиолета (UVB) и поступает с пищей и добавками.\n\n!!Источники\n*Солнечный свет\n*Жирная рыба, яичные желтки\n*Добавки витамина D3\n\n!!Сколько нужно\nБольшинству взрослых достаточно 1000–4000 МЕ в день. Подробнее в английской версии: ((Vitamin D|#How_much_is_enough|How much is enough)).\n\nСм. также ((Vitamin D Dosage Chart)).\n','Русская версия страницы Vitamin D',1515578400,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',648,'ru',NULL,0,1515578400,'n','',NULL,NULL),
(75,'ビタミンと日光',NULL,120,'日光を浴びると、皮膚でビタミンDが作られます。冬の間や高緯度の地域では、日光だけでは十分なビタミンDを作ることができません。\n\n!!ポイント\n*夏の正午ごろに10〜30分\n*日焼けしないように注意\n*冬はサプリメントを検討\n\n英語版: ((Sunlight)) / ((Vitamin D))\n','',1518256800,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',343,'ja',NULL,0,1518256800,'n','',NULL,NULL),
(76,'Quick Start in Markdown',NULL,75,'{syntax type=\"markdown\"}\n# Quick start\n\nNew to vitamin D? Start with **three** pages:\n\n1. [What it does](tiki-index.php?page=Lesson+1%3A+What+Vitamin+D+Does)\n2. The [dosage chart](tiki-index.php?page=Vitamin%20D%20Dosage%20Chart)\n3. [Testing your level](tiki-index.php?page=Vitamin+D+Blood+Test#Reading_your_result)\n\n| Age | Typical dose |\n| --- | --- |\n| Adult | 2,000 IU |\n\n> Not medical advice: ask your doctor.\n','',1683108000,'',1,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',415,'en',NULL,0,1683021600,'n','',NULL,NULL),
(1187,'Vitamin D in Breast Milk',NULL,2400,'Human breast milk normally contains only 20–80 IU of vitamin D per litre, far less than the 400 IU a day recommended for infants.\n\n!!What raises it\nThe amount of vitamin D in milk follows the mother\'s blood level. Trials found that:\n*400 IU per day for the mother makes almost no difference to the milk\n*2,000 IU per day raises it modestly\n*6,000–6,400 IU per day gives the baby about the same as 400 IU drops\n+(see ((Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021|the 2021 meta-analysis)))\n\n!!Which form reaches the milk\nVitamin D3 itself passes into milk much better than 25(OH)D, which is why daily doses work better than large monthly ones for breastfeeding mothers.\n\nSee ((Pregnancy and Vitamin D|#Breastfeeding|breastfeeding)) and ((Infant Vitamin D Supplementation)).\n','',1636192800,'',2,0,'maria.k','192.0.2.13',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'maria.k',842,'en',NULL,0,1527847200,'n','',NULL,NULL),
(2531,'Winter Vitamin D Protocol',NULL,4800,'A protocol some readers follow from October to April. Discuss it with your doctor; it is not a prescription.\n\n!!Step 1: test\nGet a ((Vitamin D Blood Test|blood test)) in late September or October.\n\n!!Step 2: choose a daily dose\n||__October level__|__Daily D3 (adults)__\nbelow 20 ng/mL|4,000–5,000 IU\n20–30 ng/mL|3,000 IU\n30–40 ng/mL|2,000 IU\nabove 40 ng/mL|1,000 IU||\n\n!!Step 3: add the cofactors\n*Magnesium 200–400 mg (see ((Magnesium)))\n*Vitamin K2 90–180 µg (see ((Vitamin D/K2 Ratio)))\n*A loading dose only under supervision (see ((Vitamin D Loading Dose)))\n\n!!Step 4: re-test\nTest again in February. Adjust for next winter using the ((Vitamin D Dosage Chart)).\n\nRelated: ((Seasonal Variation)), ((Sun Exposure Guidelines)).\n','',1664618400,'',4,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',740,'en',NULL,0,1569924000,'n','',NULL,NULL),
(5023,'Hospital Vitamin D Protocols',NULL,900,'Some hospitals test and correct vitamin D in patients on admission. This page lists published protocols.\n\n!!ICU patients\nCritically ill patients with very low levels (below 12 ng/mL) were given a single large dose of D3 followed by maintenance doses in the VITdAL-ICU trial. Mortality was lower in the subgroup with severe deficiency.\n\n!!Calcifediol\nBecause calcifediol does not need activation in the liver, it raises blood levels within hours. It was used in the Córdoba COVID-19 study (see ((COVID-19 and Vitamin D|#Trials|trials))).\n\n!!Surgery\nSeveral orthopaedic departments test vitamin D before joint replacement and treat deficiency first.\n\nSources: [https://example.org/protocols/icu|ICU protocol summary] and [https://example.org/protocols/ortho|orthopaedic protocol].\n','',1613037600,'',2,0,'drbob','192.0.2.12',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'drbob',780,'en',NULL,0,1605088800,'n','',NULL,NULL),
(13038,'Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',NULL,1534,'{maketoc}\n---\n!!!!The Effect of Maternal Vitamin D Supplementation on Vitamin D Status of Exclusively Breast Feeding Mothers and Their Nursing Infants: A Systematic Review and Meta-analysis of Randomized Clinical Trials\nAdv Nutr. 2021 Oct 28;nmab126. [https://doi.org/10.1093/advances/nmab126|doi: 10.1093/advances/nmab126]\n\nElham Kazemain 1, Samaneh Ansari 2, Sayed Hossein Davoodi 3 4, William B Patterson 5, Pedram Shakerinava 6, __Carol L Wagner__ 7, Atieh Amouzegar 6\n\nThe optimal vitamin D supplementation plan during lactation is unclear. We investigated the effect of maternal vitamin D supplementation on mother-infant dyads\' vitamin D status during lactation. All controlled trials that compared vitamin D supplements to placebo or low doses of vitamin D in breastfeeding mothers were included. Pooled effect size and the associated 95% confidence interval (CI) for each outcome were estimated using random-effects models. A one-stage random-effect dose-response model was used to estimate the dose-response relation across different vitamin D dosages and serum 25-hydroxy vitamin D (25(OH)D) concentrations.\n\nWe identified 19 clinical trials with 27 separate comparison groups (n = 3337 breastfeeding mothers). Maternal vitamin D supplement dosages were associated with circulating 25(OH)D concentrations in breastfeeding women in a non-linear fashion. Supplementation with 1000 IU of vitamin D/day increased serum 25(OH)D concentrations by 7.8 ng/mL while there was a lower increase in concentrations at vitamin D doses of >2000 IU/day (3.07 and 2.05 ng/mL increases between 2000 to 3000 and 3000 to 4000 IU/day, respectively). A linear relationship was observed between maternal vitamin D supplementation dosage and the infants\' circulating 25(OH)D concentrations.\n\nEach additional 1000 IU of maternal vitamin D intake was accompanied by a 2.7 ng/mL increase in serum 25(OH)D concentration in their nursing infants. The subgroup analysis showed that maternal vitamin D supplementation was accompanied by a statistically significant increase in infants\' 25(OH)D concentration in the trials with a duration of >20 weeks, vitamin D supplementation >1000 IU/day, East Indian participants, maternal BMI <25 kg/m2, and studies with an overall low risk of bias.\n\nLong-term maternal supplementation with vitamin D at a high dose (>6000 IU/day) effectively corrected vitamin D deficiency in both mothers and infants. Nevertheless, infants with 25(OH)D concentrations over 20 ng/mL may require a relatively low maternal dose to maintain vitamin D sufficiency.\n\nStatement of significance: This study is the first dose-response analysis on the relation between circulating 25-hydroxy vitamin D (25(OH)D) and maternal vitamin D supplementation in mother-infant dyads. We also considered factors such as study design and population characteristics that may affect the outcomes of a given vitamin D trial that have been overlooked in previous reviews.\n','',1635931800,'',2,0,'admin','192.0.2.10',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'admin',2950,'en',NULL,0,1635768000,'n','',NULL,NULL);
/*!40000 ALTER TABLE `tiki_pages` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_preferences`
--

DROP TABLE IF EXISTS `tiki_preferences`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_preferences` (
  `name` varchar(255) NOT NULL DEFAULT '',
  `value` mediumtext DEFAULT NULL,
  PRIMARY KEY (`name`(191))
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_preferences`
--

LOCK TABLES `tiki_preferences` WRITE;
/*!40000 ALTER TABLE `tiki_preferences` DISABLE KEYS */;
INSERT INTO `tiki_preferences` VALUES
('browsertitle','Vitamin Wiki'),
('feature_sefurl','y'),
('feature_sefurl_routes','y'),
('feature_wiki_pagealias','y'),
('fgal_use_db','n'),
('fgal_use_dir','/var/tiki-files/'),
('language','en'),
('w_use_db','n'),
('w_use_dir','/var/tiki-files/'),
('wikiHomePage','HomePage'),
('wiki_pagealias_tokens','alias');
/*!40000 ALTER TABLE `tiki_preferences` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_semantic_tokens`
--

DROP TABLE IF EXISTS `tiki_semantic_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_semantic_tokens` (
  `token` varchar(15) NOT NULL,
  `label` varchar(25) NOT NULL,
  `invert_token` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`token`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_semantic_tokens`
--

LOCK TABLES `tiki_semantic_tokens` WRITE;
/*!40000 ALTER TABLE `tiki_semantic_tokens` DISABLE KEYS */;
INSERT INTO `tiki_semantic_tokens` VALUES
('alias','Page Alias',NULL),
('prefixalias','Page Prefix Alias',NULL);
/*!40000 ALTER TABLE `tiki_semantic_tokens` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_structures`
--

DROP TABLE IF EXISTS `tiki_structures`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_structures` (
  `page_ref_id` int(14) NOT NULL AUTO_INCREMENT,
  `structure_id` int(14) NOT NULL,
  `parent_id` int(14) DEFAULT NULL,
  `page_id` int(14) NOT NULL,
  `page_version` int(8) DEFAULT NULL,
  `page_alias` varchar(240) DEFAULT '',
  `pos` int(4) DEFAULT NULL,
  PRIMARY KEY (`page_ref_id`),
  KEY `pidpaid` (`page_id`,`parent_id`),
  KEY `page_id` (`page_id`)
) ENGINE=MyISAM AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_structures`
--

LOCK TABLES `tiki_structures` WRITE;
/*!40000 ALTER TABLE `tiki_structures` DISABLE KEYS */;
INSERT INTO `tiki_structures` VALUES
(1,1,0,29,NULL,'',1),
(2,1,1,31,NULL,'',2),
(3,1,1,30,NULL,'',1),
(4,1,1,33,NULL,'',4),
(5,1,1,32,NULL,'Testing',3),
(6,1,5,4,NULL,'',1);
/*!40000 ALTER TABLE `tiki_structures` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_translated_objects`
--

DROP TABLE IF EXISTS `tiki_translated_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_translated_objects` (
  `id` int(14) NOT NULL AUTO_INCREMENT,
  `traId` int(14) NOT NULL DEFAULT 0,
  `type` varchar(50) NOT NULL,
  `objId` varchar(255) NOT NULL,
  `lang` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_type_objId` (`type`,`objId`(141))
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_translated_objects`
--

LOCK TABLES `tiki_translated_objects` WRITE;
/*!40000 ALTER TABLE `tiki_translated_objects` DISABLE KEYS */;
INSERT INTO `tiki_translated_objects` VALUES
(1,1,'wiki page','2','en'),
(2,1,'wiki page','74','ru'),
(3,2,'wiki page','14','en'),
(4,2,'wiki page','75','ja');
/*!40000 ALTER TABLE `tiki_translated_objects` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_user_preferences`
--

DROP TABLE IF EXISTS `tiki_user_preferences`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_user_preferences` (
  `user` varchar(200) NOT NULL DEFAULT '',
  `prefName` varchar(40) NOT NULL DEFAULT '',
  `value` mediumtext DEFAULT NULL,
  PRIMARY KEY (`user`(151),`prefName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_user_preferences`
--

LOCK TABLES `tiki_user_preferences` WRITE;
/*!40000 ALTER TABLE `tiki_user_preferences` DISABLE KEYS */;
INSERT INTO `tiki_user_preferences` VALUES
('admin','realName','Site Admin'),
('jsmith','realName','Jane Smith'),
('drbob','realName','Dr Bob Hartley'),
('maria.k','realName','Maria Kowalska'),
('jöhn','realName','Jöhn Müller');
/*!40000 ALTER TABLE `tiki_user_preferences` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tiki_wiki_attachments`
--

DROP TABLE IF EXISTS `tiki_wiki_attachments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tiki_wiki_attachments` (
  `attId` int(12) NOT NULL AUTO_INCREMENT,
  `page` varchar(200) NOT NULL DEFAULT '',
  `filename` varchar(255) DEFAULT NULL,
  `filetype` varchar(80) DEFAULT NULL,
  `filesize` int(14) DEFAULT NULL,
  `user` varchar(200) DEFAULT NULL,
  `data` longblob DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  `hits` int(10) DEFAULT NULL,
  `created` int(14) DEFAULT NULL,
  `comment` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`attId`),
  KEY `page` (`page`(191))
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tiki_wiki_attachments`
--

LOCK TABLES `tiki_wiki_attachments` WRITE;
/*!40000 ALTER TABLE `tiki_wiki_attachments` DISABLE KEYS */;
INSERT INTO `tiki_wiki_attachments` VALUES
(1,'Vitamin D Blood Test','25ohd-ranges.png','image/png',105,'drbob','�PNG\r\n\Z\n\0\0\0\rIHDR\0\0\0\0\0\0\0\0\0&�	)\0\0\00IDATx���\0\0\0�A\"��\"�Y}wbĘ)�Ŋ5[l�g��1)���q�؋�\0\0\0\0IEND�B`�','',0,1333548000,'Ranges chart'),
(2,'Vitamin D Dosage Chart','dosage-chart.pdf','application/pdf',116,'maria.k','%PDF-1.4\n%����\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n\0\'\\\"\n\r\Z	��\0\0\nendstream\n% it\'s a \\ test\n%%EOF\n','',0,1617121800,'Printable chart (it\'s A4)'),
(3,'Latitude and UVB','uvb-map.gif','image/gif',43,'drbob','','e4da3b7fbbce2345d7772b0674a318d5',0,1452849600,'UVB by latitude'),
(4,'Latitude and UVB','latitude-notes.odt','application/vnd.oasis.opendocument.text',8192,'drbob','','1679091c5a880faf6fb5e6087eb1b2dc',0,1452849900,'Field notes');
/*!40000 ALTER TABLE `tiki_wiki_attachments` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `users_users`
--

DROP TABLE IF EXISTS `users_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `users_users` (
  `userId` int(8) NOT NULL AUTO_INCREMENT,
  `email` varchar(200) DEFAULT NULL,
  `login` varchar(200) NOT NULL DEFAULT '',
  `provpass` varchar(30) DEFAULT NULL,
  `default_group` varchar(255) DEFAULT NULL,
  `lastLogin` int(14) DEFAULT NULL,
  `currentLogin` int(14) DEFAULT NULL,
  `registrationDate` int(14) DEFAULT NULL,
  `pass_confirm` int(14) DEFAULT NULL,
  `email_confirm` int(14) DEFAULT NULL,
  `hash` varchar(60) DEFAULT NULL,
  `created` int(14) DEFAULT NULL,
  `avatarName` varchar(80) DEFAULT NULL,
  `avatarSize` int(14) DEFAULT NULL,
  `avatarFileType` varchar(250) DEFAULT NULL,
  `avatarData` longblob DEFAULT NULL,
  `avatarLibName` varchar(200) DEFAULT NULL,
  `avatarType` char(1) DEFAULT NULL,
  `valid` varchar(32) DEFAULT NULL,
  `unsuccessful_logins` int(14) DEFAULT 0,
  `waiting` char(1) DEFAULT NULL,
  `twoFactorSecret` varchar(16) DEFAULT NULL,
  `last_mfa_date` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`userId`),
  UNIQUE KEY `login` (`login`(191)),
  KEY `registrationDate` (`registrationDate`)
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `users_users`
--

LOCK TABLES `users_users` WRITE;
/*!40000 ALTER TABLE `users_users` DISABLE KEYS */;
INSERT INTO `users_users` VALUES
(1,'admin@example.org','admin',NULL,'Registered',1209718800,1209718800,1209718800,NULL,NULL,NULL,1209718800,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
(2,'jsmith@example.org','jsmith',NULL,'Registered',1213194000,1213194000,1213194000,NULL,NULL,NULL,1213194000,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
(3,'bob@example.net','drbob',NULL,'Registered',1232441100,1232441100,1232441100,NULL,NULL,NULL,1232441100,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
(4,'maria.k@example.com','maria.k',NULL,'Registered',1346691900,1346691900,1346691900,NULL,NULL,NULL,1346691900,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL),
(5,'john@example.de','jöhn',NULL,'Registered',1392379200,1392379200,1392379200,NULL,NULL,NULL,1392379200,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,NULL);
/*!40000 ALTER TABLE `users_users` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed
