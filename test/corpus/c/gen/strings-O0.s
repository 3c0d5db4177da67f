	.file	"strings.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	my_strlen, @function
my_strlen:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L2
.L3:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L3
	lwz 10,8(31)
	lwz 9,24(31)
	subf 9,9,10
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	my_strlen,.-my_strlen
	.align 2
	.type	my_strcmp, @function
my_strcmp:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	b .L6
.L8:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L6:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L7
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L8
.L7:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	my_strcmp,.-my_strcmp
	.align 2
	.type	my_strcpy, @function
my_strcpy:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	stw 9,8(31)
	nop
.L11:
	lwz 10,28(31)
	addi 9,10,1
	stw 9,28(31)
	lwz 9,24(31)
	addi 8,9,1
	stw 8,24(31)
	lbz 10,0(10)
	stb 10,0(9)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L11
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	my_strcpy,.-my_strcpy
	.align 2
	.type	my_strchr, @function
my_strchr:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	b .L14
.L17:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	lwz 10,12(31)
	cmpw 0,10,9
	bne 0,.L15
	lwz 9,8(31)
	b .L16
.L15:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L14:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L17
	lwz 9,12(31)
	cmpwi 0,9,0
	bne 0,.L18
	lwz 9,8(31)
	b .L16
.L18:
	li 9,0
.L16:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	my_strchr,.-my_strchr
	.align 2
	.type	reverse, @function
reverse:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,0
	stw 9,8(31)
	b .L21
.L22:
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	stb 9,12(31)
	lwz 10,28(31)
	lwz 9,8(31)
	subf 9,9,10
	addi 9,9,-1
	lwz 10,24(31)
	add 10,10,9
	lwz 8,24(31)
	lwz 9,8(31)
	add 9,8,9
	lbz 10,0(10)
	stb 10,0(9)
	lwz 10,28(31)
	lwz 9,8(31)
	subf 9,9,10
	addi 9,9,-1
	lwz 10,24(31)
	add 9,10,9
	lbz 10,12(31)
	stb 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L21:
	lwz 9,28(31)
	srwi 9,9,1
	lwz 10,8(31)
	cmplw 0,10,9
	blt 0,.L22
	nop
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	reverse,.-reverse
	.align 2
	.type	my_memcpy, @function
my_memcpy:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L24
.L25:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L24:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L25
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	my_memcpy,.-my_memcpy
	.align 2
	.type	itoa, @function
itoa:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	cmpwi 0,9,0
	bge 0,.L28
	lwz 9,32(31)
	cmpwi 0,9,10
	bne 0,.L28
	lwz 9,24(31)
	neg 9,9
	b .L29
.L28:
	lwz 9,24(31)
.L29:
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
.L30:
	lwz 10,32(31)
	lwz 9,8(31)
	divwu 8,9,10
	mullw 10,8,10
	subf 10,10,9
	lwz 9,12(31)
	addi 8,9,1
	stw 8,12(31)
	lwz 8,28(31)
	add 9,8,9
	lis 8,digits.2@ha
	la 8,digits.2@l(8)
	lbzx 10,8,10
	stb 10,0(9)
	lwz 9,32(31)
	lwz 10,8(31)
	divwu 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	bne 0,.L30
	lwz 9,24(31)
	cmpwi 0,9,0
	bge 0,.L31
	lwz 9,32(31)
	cmpwi 0,9,10
	bne 0,.L31
	lwz 9,12(31)
	addi 10,9,1
	stw 10,12(31)
	lwz 10,28(31)
	add 9,10,9
	li 10,45
	stb 10,0(9)
.L31:
	lwz 10,28(31)
	lwz 9,12(31)
	add 9,10,9
	li 10,0
	stb 10,0(9)
	lwz 4,12(31)
	lwz 3,28(31)
	bl reverse
	lwz 9,28(31)
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	itoa,.-itoa
	.align 2
	.type	my_atoi, @function
my_atoi:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	b .L34
.L35:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L34:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,32
	beq 0,.L35
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,9
	beq 0,.L35
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	xori 9,9,0x2d
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	stw 9,12(31)
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,45
	beq 0,.L36
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,43
	bne 0,.L37
.L36:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L37:
	li 9,0
	stw 9,8(31)
	b .L38
.L40:
	lwz 9,8(31)
	mulli 10,9,10
	lwz 9,24(31)
	addi 8,9,1
	stw 8,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-48
	add 9,10,9
	stw 9,8(31)
.L38:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L39
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L40
.L39:
	lwz 9,12(31)
	cmpwi 0,9,0
	beq 0,.L41
	lwz 9,8(31)
	neg 9,9
	b .L43
.L41:
	lwz 9,8(31)
.L43:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	my_atoi,.-my_atoi
	.align 2
	.type	tokenize, @function
tokenize:
.LFB8:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	lwz 9,0(9)
	stw 9,8(31)
	b .L45
.L47:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L45:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L46
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 4,9
	lwz 3,28(31)
	bl my_strchr
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L47
.L46:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L48
	li 9,0
	b .L49
.L48:
	lwz 9,8(31)
	stw 9,12(31)
	b .L50
.L52:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L50:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L51
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 4,9
	lwz 3,28(31)
	bl my_strchr
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L52
.L51:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L53
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	li 10,0
	stb 10,0(9)
.L53:
	lwz 9,24(31)
	lwz 10,8(31)
	stw 10,0(9)
	lwz 9,12(31)
.L49:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	tokenize,.-tokenize
	.align 2
	.type	find, @function
find:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 3,28(31)
	bl my_strlen
	stw 3,12(31)
	b .L55
.L61:
	li 9,0
	stw 9,8(31)
	b .L56
.L58:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L56:
	lwz 10,8(31)
	lwz 9,12(31)
	cmplw 0,10,9
	bge 0,.L57
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 8,0(9)
	lwz 10,28(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,8,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L58
.L57:
	lwz 10,8(31)
	lwz 9,12(31)
	cmpw 0,10,9
	bne 0,.L59
	lwz 9,24(31)
	b .L60
.L59:
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L55:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L61
	li 9,0
.L60:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	find,.-find
	.section	.rodata
	.align 2
.LC0:
	.string	"atoi sum"
	.align 2
.LC1:
	.string	"the quick brown fox, jumps over the lazy dog; the dog sleeps. quick!"
	.align 2
.LC2:
	.string	"length"
	.align 2
.LC3:
	.string	" ,;.!"
	.align 2
.LC4:
	.string	"tokens"
	.align 2
.LC5:
	.string	"distinct"
	.align 2
.LC6:
	.string	"abababcabcabcd"
	.align 2
.LC7:
	.string	"abcd"
	.align 2
.LC8:
	.string	"find abcd"
	.align 2
.LC9:
	.string	"abd"
	.align 2
.LC10:
	.string	"find abd"
	.align 2
.LC11:
	.string	"overlapping"
	.align 2
.LC12:
	.string	"apricot"
	.align 2
.LC13:
	.string	"apple"
	.align 2
.LC14:
	.string	"cmp"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB10:
	.cfi_startproc
	stwu 1,-592(1)
	.cfi_def_cfa_offset 592
	mflr 0
	stw 0,596(1)
	stw 31,588(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L63
.L64:
	lis 9,nums.1@ha
	la 10,nums.1@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,64
	li 5,10
	mr 4,10
	mr 3,9
	bl itoa
	mr 9,3
	mr 3,9
	bl print_str
	li 3,32
	bl print_char
	lis 9,nums.1@ha
	la 10,nums.1@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,64
	li 5,16
	mr 4,10
	mr 3,9
	bl itoa
	mr 9,3
	mr 3,9
	bl print_str
	li 3,32
	bl print_char
	lis 9,nums.1@ha
	la 10,nums.1@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,64
	li 5,2
	mr 4,10
	mr 3,9
	bl itoa
	mr 9,3
	mr 3,9
	bl print_str
	li 3,32
	bl print_char
	lis 9,nums.1@ha
	la 10,nums.1@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,64
	li 5,36
	mr 4,10
	mr 3,9
	bl itoa
	mr 9,3
	mr 3,9
	bl print_str
	bl print_nl
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L63:
	lwz 9,8(31)
	cmplwi 0,9,5
	ble 0,.L64
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L65
.L66:
	lis 9,ins.0@ha
	la 10,ins.0@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl my_atoi
	mr 10,3
	lis 9,0x1062
	ori 9,9,0x4dd3
	mulhw 9,10,9
	srawi 8,9,6
	srawi 9,10,31
	subf 9,9,8
	mulli 9,9,1000
	subf 9,9,10
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L65:
	lwz 9,16(31)
	cmplwi 0,9,4
	ble 0,.L66
	lwz 4,12(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	addi 10,31,104
	lis 9,.LC1@ha
	la 4,.LC1@l(9)
	mr 3,10
	bl my_strcpy
	addi 9,31,104
	mr 3,9
	bl my_strlen
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 9,0
	stw 9,20(31)
	li 9,0
	stw 9,24(31)
	addi 9,31,104
	stw 9,560(31)
	b .L67
.L72:
	li 9,0
	stw 9,28(31)
	b .L68
.L70:
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L68:
	lwz 10,28(31)
	lwz 9,20(31)
	cmpw 0,10,9
	bge 0,.L69
	lwz 9,28(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	lwz 4,48(31)
	mr 3,9
	bl my_strcmp
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L70
.L69:
	lwz 10,28(31)
	lwz 9,20(31)
	cmpw 0,10,9
	bne 0,.L71
	lwz 9,20(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 10,48(31)
	stw 10,0(9)
	lwz 9,20(31)
	addi 10,9,1
	stw 10,20(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,424
	li 10,0
	stw 10,0(9)
.L71:
	lwz 9,28(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,424
	lwz 9,0(9)
	addi 10,9,1
	lwz 9,28(31)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,424
	stw 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L67:
	addi 10,31,560
	lis 9,.LC3@ha
	la 4,.LC3@l(9)
	mr 3,10
	bl tokenize
	stw 3,48(31)
	lwz 9,48(31)
	cmpwi 0,9,0
	bne 0,.L72
	lwz 4,24(31)
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lwz 4,20(31)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 9,0
	stw 9,32(31)
	b .L73
.L75:
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,424
	lwz 9,0(9)
	cmpwi 0,9,1
	ble 0,.L74
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	mr 3,9
	bl print_str
	li 3,61
	bl print_char
	lwz 9,32(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,424
	lwz 9,0(9)
	mr 3,9
	bl print_int
	bl print_nl
.L74:
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L73:
	lwz 10,32(31)
	lwz 9,20(31)
	cmpw 0,10,9
	blt 0,.L75
	li 9,1
	stw 9,36(31)
	b .L76
.L80:
	lwz 9,36(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	stw 9,60(31)
	lwz 9,36(31)
	addi 9,9,-1
	stw 9,40(31)
	b .L77
.L79:
	lwz 9,40(31)
	addi 9,9,1
	lwz 10,40(31)
	slwi 10,10,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,296
	lwz 10,0(10)
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,296
	stw 10,0(9)
	lwz 9,40(31)
	addi 9,9,-1
	stw 9,40(31)
.L77:
	lwz 9,40(31)
	cmpwi 0,9,0
	blt 0,.L78
	lwz 9,40(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	lwz 4,60(31)
	mr 3,9
	bl my_strcmp
	mr 9,3
	cmpwi 0,9,0
	bgt 0,.L79
.L78:
	lwz 9,40(31)
	addi 9,9,1
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 10,60(31)
	stw 10,0(9)
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L76:
	lwz 10,36(31)
	lwz 9,20(31)
	cmpw 0,10,9
	blt 0,.L80
	li 9,0
	stw 9,44(31)
	b .L81
.L84:
	lwz 9,44(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,296
	lwz 9,0(9)
	mr 3,9
	bl print_str
	lwz 9,44(31)
	addi 9,9,1
	lwz 10,20(31)
	cmpw 0,10,9
	ble 0,.L82
	li 9,32
	b .L83
.L82:
	li 9,10
.L83:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L81:
	lwz 10,44(31)
	lwz 9,20(31)
	cmpw 0,10,9
	blt 0,.L84
	lis 9,.LC6@ha
	la 9,.LC6@l(9)
	stw 9,52(31)
	lis 9,.LC7@ha
	la 4,.LC7@l(9)
	lwz 3,52(31)
	bl find
	stw 3,56(31)
	lwz 9,56(31)
	cmpwi 0,9,0
	beq 0,.L85
	lwz 10,56(31)
	lwz 9,52(31)
	subf 9,9,10
	b .L86
.L85:
	li 9,-1
.L86:
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	lis 9,.LC9@ha
	la 4,.LC9@l(9)
	lwz 3,52(31)
	bl find
	stw 3,56(31)
	lwz 9,56(31)
	cmpwi 0,9,0
	beq 0,.L87
	lwz 10,56(31)
	lwz 9,52(31)
	subf 9,9,10
	b .L88
.L87:
	li 9,-1
.L88:
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	addi 10,31,564
	li 5,12
	lis 9,.LC11@ha
	la 4,.LC11@l(9)
	mr 3,10
	bl my_memcpy
	addi 9,31,564
	mr 3,9
	bl my_strlen
	mr 10,3
	addi 9,31,564
	mr 4,10
	mr 3,9
	bl reverse
	addi 9,31,564
	mr 3,9
	bl print_str
	bl print_nl
	lis 9,.LC12@ha
	la 4,.LC12@l(9)
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl my_strcmp
	mr 9,3
	cmpwi 0,9,0
	bge 0,.L89
	li 9,-1
	b .L90
.L89:
	li 9,1
.L90:
	mr 4,9
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl show_int
	lwz 10,20(31)
	lwz 9,24(31)
	add 9,10,9
	mr 3,9
	addi 11,31,592
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	digits.2, @object
	.size	digits.2, 37
digits.2:
	.string	"0123456789abcdefghijklmnopqrstuvwxyz"
	.align 2
	.type	nums.1, @object
	.size	nums.1, 24
nums.1:
	.long	0
	.long	7
	.long	-42
	.long	1000000
	.long	-2147483647
	.long	255
	.align 2
.LC15:
	.string	"  123"
	.align 2
.LC16:
	.string	"-0042xyz"
	.align 2
.LC17:
	.string	"+7"
	.align 2
.LC18:
	.string	"\t-2147483647"
	.align 2
.LC19:
	.string	"abc"
	.align 2
	.type	ins.0, @object
	.size	ins.0, 20
ins.0:
	.long	.LC15
	.long	.LC16
	.long	.LC17
	.long	.LC18
	.long	.LC19
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
